//! Statements (CPython's `compiler_visit_stmt` and helpers), except the
//! exception-handling ones, which live in `fblock.rs`, and definitions,
//! which live in `scope.rs`.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::fblock::FBlock;
use super::{Compiler, Ctx, Result};
use crate::bytecode::{BinOp, Constant, Instr};
use crate::symtable::{mangle, ScopeKind};

/// The `__future__` features CPython 3.11 knows.
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

impl<'a> Compiler<'a, '_, '_> {
    pub(super) fn compile_stmt(&mut self, stmt: &'a Stmt) -> Result {
        self.nested(stmt.range(), |c| {
            c.set_loc(stmt.range());
            c.compile_stmt_inner(stmt)
        })
    }

    fn compile_stmt_inner(&mut self, stmt: &'a Stmt) -> Result {
        match stmt {
            Stmt::FunctionDef(def) => self.compile_function_def(def),
            Stmt::ClassDef(class) => self.compile_class_def(class),
            Stmt::Return(s) => self.compile_return(s),
            Stmt::Delete(s) => s.targets.iter().try_for_each(|t| self.compile_delete(t)),
            Stmt::Assign(s) => self.compile_assign(s),
            Stmt::AugAssign(s) => self.compile_aug_assign(s),
            Stmt::AnnAssign(s) => self.compile_ann_assign(s),
            Stmt::For(s) => self.compile_for(s),
            Stmt::While(s) => self.compile_while(s),
            Stmt::If(s) => self.compile_if(s),
            Stmt::Raise(s) => self.compile_raise(s),
            Stmt::Try(s) => self.compile_try(s),
            Stmt::Assert(s) => self.compile_assert(s),
            Stmt::Import(s) => self.compile_import(s),
            Stmt::ImportFrom(s) => self.compile_import_from(s),
            Stmt::Expr(s) => self.compile_expr_stmt(&s.value),
            Stmt::Break(s) => self.compile_break(s.range),
            Stmt::Continue(s) => self.compile_continue(s.range),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::With(s) if s.is_async && !self.unit().flags.is_async() => {
                Err(self.error("'async with' outside async function", s.range))
            }
            Stmt::With(s) => self.compile_with(s, 0),
            Stmt::Match(s) => self.compile_match(s),
            Stmt::TypeAlias(s) => Err(self.unsupported("'type' alias is", s.range)),
            Stmt::IpyEscapeCommand(s) => Err(self.error("invalid syntax", s.range)),
        }
    }

    /// An expression statement: a constant one does nothing.
    fn compile_expr_stmt(&mut self, value: &'a Expr) -> Result {
        if self.interactive && self.units.len() == 1 {
            self.compile_expr(value)?;
            self.emit(Instr::PrintExpr);
            return Ok(());
        }
        if self.folder.constant(value).is_some() {
            return Ok(());
        }
        self.compile_expr(value)?;
        self.emit(Instr::PopTop);
        Ok(())
    }

    // ---- assignment -----------------------------------------------------

    fn compile_assign(&mut self, s: &'a ast::StmtAssign) -> Result {
        self.compile_expr(&s.value)?;
        let last = s.targets.len().saturating_sub(1);
        for (i, target) in s.targets.iter().enumerate() {
            if i < last {
                self.emit(Instr::Copy(1));
            }
            self.compile_store(target)?;
        }
        Ok(())
    }

    /// `x: T = v` (CPython's `compiler_annassign`): the value is stored
    /// first; then in a module or class body a simple name's annotation is
    /// evaluated (or kept as text under `from __future__ import
    /// annotations`) and stored in `__annotations__`, another target's
    /// only evaluated; in a function nothing is. A bare `obj.attr: T` or
    /// `obj[k]: T` still evaluates `obj` (and `k`).
    fn compile_ann_assign(&mut self, s: &'a ast::StmtAnnAssign) -> Result {
        if let Expr::Name(n) = &*s.target {
            self.check_bindable(&n.id, n.range)?;
        }
        if let Some(value) = &s.value {
            self.compile_expr(value)?;
            self.compile_store(&s.target)?;
        } else {
            self.compile_ann_target(s)?;
        }
        let annotating = matches!(self.unit().kind, ScopeKind::Module | ScopeKind::Class);
        match &*s.target {
            Expr::Name(n) if s.simple && annotating => {
                self.compile_annotation(&s.annotation)?;
                let i = self.unit_mut().names.insert("__annotations__");
                self.emit(Instr::LoadName(i));
                let mangled = mangle(self.unit().private.as_deref(), &n.id);
                self.load_const(Constant::Str(mangled));
                self.emit(Instr::StoreSubscr);
            }
            _ if !s.simple && annotating && !self.future_annotations() => {
                self.compile_and_pop(&s.annotation)?;
            }
            _ => {}
        }
        Ok(())
    }

    /// An annotation's value: the expression, or its source text under
    /// `from __future__ import annotations`.
    pub(super) fn compile_annotation(&mut self, annotation: &'a Expr) -> Result {
        if self.future_annotations() {
            let range = ruff_text_size::Ranged::range(annotation);
            let text = self.source_text(range).to_string();
            self.load_const(Constant::Str(text));
            Ok(())
        } else {
            self.compile_expr(annotation)
        }
    }

    /// Does the module start with `from __future__ import annotations`?
    pub(super) fn future_annotations(&self) -> bool {
        let body = match super::docstring(self.module) {
            Some(_) => &self.module[1..],
            None => self.module,
        };
        body.iter()
            .map_while(|s| match s {
                Stmt::ImportFrom(i) if i.module.as_deref() == Some("__future__") => Some(i),
                _ => None,
            })
            .any(|i| i.names.iter().any(|a| a.name.as_str() == "annotations"))
    }

    /// The target of a bare annotation (`obj.attr: T`, `obj[k]: T`): its
    /// object and key are evaluated.
    fn compile_ann_target(&mut self, s: &'a ast::StmtAnnAssign) -> Result {
        match &*s.target {
            Expr::Attribute(a) => self.compile_and_pop(&a.value),
            Expr::Subscript(sub) => {
                self.compile_and_pop(&sub.value)?;
                match &*sub.slice {
                    Expr::Slice(slice) => {
                        let parts = [&slice.lower, &slice.upper, &slice.step];
                        for part in parts.into_iter().flatten() {
                            self.compile_and_pop(part)?;
                        }
                        Ok(())
                    }
                    other => self.compile_and_pop(other),
                }
            }
            _ => Ok(()),
        }
    }

    fn compile_and_pop(&mut self, expr: &'a Expr) -> Result {
        self.compile_expr(expr)?;
        self.emit(Instr::PopTop);
        Ok(())
    }

    /// `target op= value`, evaluating the target's container and key once
    /// (CPython's `compiler_augassign`).
    fn compile_aug_assign(&mut self, s: &'a ast::StmtAugAssign) -> Result {
        let target = &*s.target;
        self.set_loc(target.range());
        self.aug_load_target(target)?;
        self.compile_expr(&s.value)?;
        self.set_loc(s.range);
        self.emit(Instr::BinaryOp {
            op: binop(s.op),
            inplace: true,
        });
        self.set_loc(target.range());
        self.aug_store_target(target)
    }

    /// Load the target's current value, leaving its object (and key) under
    /// it for the store.
    fn aug_load_target(&mut self, target: &'a Expr) -> Result {
        match target {
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.emit(Instr::Copy(1));
                let i = self.name_index(&a.attr);
                self.emit(Instr::LoadAttr(i));
                Ok(())
            }
            Expr::Subscript(sub) => {
                self.compile_expr(&sub.value)?;
                self.compile_expr(&sub.slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                Ok(())
            }
            Expr::Name(n) => self.name_op(&n.id, Ctx::Load, n.range),
            other => {
                let what = crate::parse::describe_expr(other);
                let msg = format!("'{what}' is an illegal expression for augmented assignment");
                Err(self.error(msg, other.range()))
            }
        }
    }

    /// Store the result: `[obj, result]` or `[obj, key, result]`, rotated
    /// into StoreAttr/StoreSubscr order.
    fn aug_store_target(&mut self, target: &'a Expr) -> Result {
        match target {
            Expr::Attribute(a) => {
                self.emit(Instr::Swap(2));
                let i = self.name_index(&a.attr);
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(_) => {
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            Expr::Name(n) => self.name_op(&n.id, Ctx::Store, n.range)?,
            _ => {}
        }
        Ok(())
    }

    // ---- control flow ---------------------------------------------------

    fn compile_if(&mut self, s: &'a ast::StmtIf) -> Result {
        let end = self.new_label();
        self.compile_if_chain(&s.test, &s.body, &s.elif_else_clauses, end)?;
        self.bind(end);
        Ok(())
    }

    /// One `if`/`elif` test with its body, followed by the remaining
    /// clauses.
    fn compile_if_chain(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        rest: &'a [ast::ElifElseClause],
        end: super::Label,
    ) -> Result {
        let Some((clause, tail)) = rest.split_first() else {
            self.jump_if(test, end, false)?;
            return self.compile_stmts(body);
        };
        let next = self.new_label();
        self.jump_if(test, next, false)?;
        self.compile_stmts(body)?;
        self.jump(Instr::Jump, end);
        self.bind(next);
        self.set_loc(clause.range);
        match &clause.test {
            Some(test) => self.nested(clause.range, |c| {
                c.compile_if_chain(test, &clause.body, tail, end)
            }),
            None => self.compile_stmts(&clause.body),
        }
    }

    /// `while`, with the test repeated at the bottom of the loop as CPython
    /// does, so each iteration takes one jump.
    fn compile_while(&mut self, s: &'a ast::StmtWhile) -> Result {
        let top = self.new_label();
        let body = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.push_fblock(FBlock::WhileLoop {
            start: top,
            exit: end,
        })?;
        self.jump_if(&s.test, anchor, false)?;
        self.bind(body);
        self.compile_stmts(&s.body)?;
        self.set_loc(s.test.range());
        self.jump_if(&s.test, body, true)?;
        self.unit_mut().fblocks.pop();
        self.bind(anchor);
        self.compile_stmts(&s.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_for(&mut self, s: &'a ast::StmtFor) -> Result {
        if s.is_async {
            return self.compile_async_for(s);
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.compile_iterable(&s.iter)?;
        self.set_loc(s.range);
        self.emit(Instr::GetIter);
        self.bind(start);
        self.jump(Instr::ForIter, cleanup);
        self.push_fblock(FBlock::ForLoop { start, exit: end })?;
        self.compile_store(&s.target)?;
        self.compile_stmts(&s.body)?;
        self.jump(Instr::Jump, start);
        self.unit_mut().fblocks.pop();
        self.bind(cleanup);
        self.compile_stmts(&s.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `async for` (CPython 3.11's `compiler_async_for`):
    ///
    /// ```text
    ///     <iter>; GetAIter                   [aiter]
    /// L_start:
    ///     SetupFinally L_except; GetANext; <await>; PopBlock
    ///     <store target>; <body>; Jump L_start
    /// L_except:                              [aiter, exc]
    ///     EndAsyncFor                        [] (StopAsyncIteration)
    ///     <orelse>
    /// L_end:
    /// ```
    fn compile_async_for(&mut self, s: &'a ast::StmtFor) -> Result {
        if !self.unit().flags.is_async() {
            return Err(self.error("'async for' outside async function", s.range));
        }
        let (start, except, end) = (self.new_label(), self.new_label(), self.new_label());
        self.compile_expr(&s.iter)?;
        self.set_loc(s.range);
        self.emit(Instr::GetAIter);
        self.bind(start);
        self.jump(Instr::SetupFinally, except);
        self.emit(Instr::GetANext);
        self.await_top(0);
        self.emit(Instr::PopBlock);
        self.push_fblock(FBlock::ForLoop { start, exit: end })?;
        self.compile_store(&s.target)?;
        self.compile_stmts(&s.body)?;
        self.jump(Instr::Jump, start);
        self.unit_mut().fblocks.pop();
        self.bind(except);
        self.set_loc(s.range);
        self.emit(Instr::EndAsyncFor);
        self.compile_stmts(&s.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_return(&mut self, s: &'a ast::StmtReturn) -> Result {
        if !self.unit().kind.is_function_like() {
            return Err(self.error("'return' outside function", s.range));
        }
        let value = s.value.as_deref();
        if value.is_some() && self.unit().flags.async_generator {
            return Err(self.error("'return' with value in async generator", s.range));
        }
        let constant = value.and_then(|v| self.folder.constant(v));
        let preserve_tos = value.is_some() && constant.is_none();
        if let (Some(v), true) = (value, preserve_tos) {
            self.compile_expr(v)?;
        }
        self.set_loc(s.range);
        // CPython's location for an error here: the value, on the same line.
        let at = match value {
            Some(v) if self.line_of(v.range()) == self.line_of(s.range) => v.range(),
            _ => s.range,
        };
        self.unwind_fblock_stack(preserve_tos, false, at)?;
        match constant {
            Some(c) => self.load_ast_const(c),
            None if !preserve_tos => self.load_const(Constant::None),
            None => {}
        }
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    fn compile_break(&mut self, range: TextRange) -> Result {
        let Some(loop_block) = self.unwind_fblock_stack(false, true, range)? else {
            return Err(self.error("'break' outside loop", range));
        };
        self.unwind_fblock(&loop_block, false)?;
        let (FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. }) = loop_block else {
            return Err(self.internal_error("break target is not a loop"));
        };
        self.jump(Instr::Jump, exit);
        Ok(())
    }

    fn compile_continue(&mut self, range: TextRange) -> Result {
        let Some(loop_block) = self.unwind_fblock_stack(false, true, range)? else {
            return Err(self.error("'continue' not properly in loop", range));
        };
        let (FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. }) = loop_block else {
            return Err(self.internal_error("continue target is not a loop"));
        };
        self.jump(Instr::Jump, start);
        Ok(())
    }

    fn compile_raise(&mut self, s: &'a ast::StmtRaise) -> Result {
        let mut n = 0;
        for part in [&s.exc, &s.cause].into_iter().flatten() {
            self.compile_expr(part)?;
            n += 1;
        }
        self.set_loc(s.range);
        self.emit(Instr::RaiseVarargs(n));
        Ok(())
    }

    fn compile_assert(&mut self, s: &'a ast::StmtAssert) -> Result {
        if let Expr::Tuple(t) = &*s.test {
            if !t.elts.is_empty() {
                let message = "assertion is always true, perhaps remove parentheses?";
                self.info.warn(message, s.range);
            }
        }
        let end = self.new_label();
        self.jump_if(&s.test, end, true)?;
        // CPython's raise carries the test's position: its traceback
        // underlines the condition.
        let at = s.test.range();
        self.set_loc(at);
        self.emit(Instr::LoadAssertionError);
        if let Some(msg) = &s.msg {
            self.compile_expr(msg)?;
            self.set_loc(at);
            self.emit(Instr::Call(1));
        }
        self.emit(Instr::RaiseVarargs(1));
        self.bind(end);
        Ok(())
    }

    // ---- imports --------------------------------------------------------

    /// `import a.b.c` binds `a`; `import a.b.c as d` binds the submodule
    /// `a.b.c` (CPython's `compiler_import` / `compiler_import_as`).
    fn compile_import(&mut self, s: &'a ast::StmtImport) -> Result {
        for alias in &s.names {
            self.load_const(Constant::Int(0.into()));
            self.load_const(Constant::None);
            let module = self.name_index(&alias.name);
            self.emit(Instr::ImportName(module));
            let name = alias.name.as_str();
            match &alias.asname {
                Some(asname) => {
                    let mut parts = name.split('.').skip(1).peekable();
                    let dotted = parts.peek().is_some();
                    while let Some(attr) = parts.next() {
                        let i = self.unit_mut().names.insert(attr);
                        self.emit(Instr::ImportFrom(i));
                        if parts.peek().is_some() {
                            self.emit(Instr::Swap(2));
                            self.emit(Instr::PopTop);
                        }
                    }
                    self.name_op(asname, Ctx::Store, asname.range)?;
                    if dotted {
                        self.emit(Instr::PopTop);
                    }
                }
                None => {
                    let top = name.split('.').next().unwrap_or(name);
                    self.name_op(top, Ctx::Store, alias.range)?;
                }
            }
        }
        Ok(())
    }

    fn compile_import_from(&mut self, s: &'a ast::StmtImportFrom) -> Result {
        let module = s.module.as_ref().map_or("", |m| m.as_str());
        if module == "__future__" {
            self.check_future_import(s)?;
        }
        self.load_const(Constant::Int(s.level.into()));
        let names = s.names.iter().map(|a| Constant::Str(a.name.to_string()));
        self.load_const(Constant::Tuple(names.collect()));
        let i = self.name_index(module);
        self.emit(Instr::ImportName(i));
        for alias in &s.names {
            if alias.name.as_str() == "*" {
                self.emit(Instr::ImportStar);
                return Ok(());
            }
            let i = self.name_index(&alias.name);
            self.emit(Instr::ImportFrom(i));
            let stored = alias.asname.as_ref().unwrap_or(&alias.name);
            self.name_op(stored, Ctx::Store, alias.range)?;
        }
        self.emit(Instr::PopTop);
        Ok(())
    }

    /// `from __future__ import x` must name a known feature and come first
    /// in the module (after the docstring and other future imports).
    fn check_future_import(&self, s: &'a ast::StmtImportFrom) -> Result {
        for alias in &s.names {
            let feature = alias.name.as_str();
            if feature == "braces" {
                return Err(self.error("not a chance", s.range));
            }
            if !FUTURE_FEATURES.contains(&feature) {
                let msg = format!("future feature {feature} is not defined");
                return Err(self.error(msg, s.range));
            }
        }
        if !self.is_leading_future_import(s) {
            let msg = "from __future__ imports must occur at the beginning of the file";
            return Err(self.error(msg, s.range));
        }
        Ok(())
    }

    fn is_leading_future_import(&self, s: &'a ast::StmtImportFrom) -> bool {
        if self.units.len() != 1 {
            return false;
        }
        let body = self.module_body();
        let start = usize::from(super::docstring(body).is_some());
        for stmt in body.iter().skip(start) {
            match stmt {
                Stmt::ImportFrom(f) if std::ptr::eq(f, s) => return true,
                Stmt::ImportFrom(f) if f.module.as_deref() == Some("__future__") => {}
                _ => return false,
            }
        }
        false
    }
}

/// Map the AST operator to the bytecode one.
pub(super) fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}
