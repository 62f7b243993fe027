//! Expressions (CPython's `compiler_visit_expr1` and helpers): constants,
//! names, operators, short-circuit logic, comparisons, conditional jumps,
//! subscripts and f-strings. Calls and displays are in `call.rs`;
//! functions, lambdas and comprehensions in `scope.rs`.

use ruff_python_ast::{
    self as ast, BoolOp, CmpOp, ConversionFlag, Expr, ExprContext, InterpolatedStringElement,
    UnaryOp,
};
use ruff_text_size::Ranged;

use super::call::Seq;
use super::unit::Label;
use super::{Compiler, Ctx, Result};
use crate::bytecode::{self, Constant, Conversion, Instr};
use crate::fold::arith::truthy;

impl<'a> Compiler<'a, '_, '_> {
    pub(super) fn compile_expr(&mut self, expr: &'a Expr) -> Result {
        self.nested(expr.range(), |c| {
            let saved = c.unit().loc;
            c.set_loc(expr.range());
            let result = match c.folder.constant(expr) {
                Some(constant) => {
                    c.load_ast_const(constant);
                    Ok(())
                }
                None => c.compile_expr_inner(expr),
            };
            c.unit_mut().loc = saved;
            result
        })
    }

    fn compile_expr_inner(&mut self, expr: &'a Expr) -> Result {
        match expr {
            Expr::BoolOp(e) => self.compile_bool_op(e),
            Expr::Named(e) => {
                self.compile_expr(&e.value)?;
                self.emit(Instr::Copy(1));
                self.compile_store(&e.target)
            }
            Expr::BinOp(e) if self.percent_as_fstring(e)? => Ok(()),
            Expr::BinOp(e) => {
                self.compile_expr(&e.left)?;
                self.compile_expr(&e.right)?;
                let op = super::stmt::binop(e.op);
                self.emit(Instr::BinaryOp { op, inplace: false });
                Ok(())
            }
            Expr::UnaryOp(e) => self.compile_unary(e),
            Expr::Lambda(e) => self.compile_lambda(e),
            Expr::If(e) => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(&e.test, next, false)?;
                self.compile_expr(&e.body)?;
                self.jump(Instr::Jump, end);
                self.bind(next);
                self.compile_expr(&e.orelse)?;
                self.bind(end);
                Ok(())
            }
            Expr::Dict(e) => self.compile_dict(e),
            Expr::Set(e) => self.compile_sequence(&e.elts, 0, Seq::Set),
            Expr::List(e) if e.ctx == ExprContext::Load => {
                self.compile_sequence(&e.elts, 0, Seq::List)
            }
            Expr::Tuple(e) if e.ctx == ExprContext::Load => {
                self.compile_sequence(&e.elts, 0, Seq::Tuple)
            }
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
                self.compile_comprehension(expr)
            }
            Expr::Yield(e) if self.unit().kind.is_function_like() => {
                match e.value.as_deref() {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.set_loc(e.range);
                if self.unit().flags.async_generator {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::YieldValue);
                Ok(())
            }
            Expr::Await(e) if self.unit().flags.is_async() => {
                self.compile_expr(&e.value)?;
                self.set_loc(e.range);
                self.await_top(0);
                Ok(())
            }
            Expr::YieldFrom(e) if self.unit().flags.is_async() => {
                Err(self.error("'yield from' inside async function", e.range))
            }
            Expr::YieldFrom(e) if self.unit().kind.is_function_like() => {
                self.compile_expr(&e.value)?;
                self.set_loc(e.range);
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Constant::None);
                self.yield_from_loop();
                Ok(())
            }
            Expr::Compare(e) => self.compile_compare(e),
            Expr::Call(e) => self.compile_call(e),
            Expr::FString(e) => self.compile_fstring(e),
            Expr::Attribute(e) if e.ctx == ExprContext::Load => {
                self.compile_expr(&e.value)?;
                self.set_loc(e.range);
                let i = self.name_index(&e.attr);
                self.emit(Instr::LoadAttr(i));
                Ok(())
            }
            Expr::Subscript(e) if e.ctx == ExprContext::Load => {
                self.check_subscript(e);
                self.compile_expr(&e.value)?;
                self.compile_expr(&e.slice)?;
                self.emit(Instr::BinarySubscr);
                Ok(())
            }
            Expr::Slice(e) => self.compile_slice(e),
            Expr::Name(e) => self.name_op(&e.id, Ctx::Load, e.range),
            Expr::Starred(e) => Err(self.error("can't use starred expression here", e.range)),
            _ => self.compile_unsupported_expr(expr),
        }
    }

    /// Expressions ouro cannot compile, with CPython's error where CPython
    /// has one (`'yield' outside function`).
    fn compile_unsupported_expr(&mut self, expr: &'a Expr) -> Result {
        let in_function = self.unit().kind.is_function_like();
        let range = expr.range();
        Err(match expr {
            Expr::Yield(_) | Expr::YieldFrom(_) => self.error("'yield' outside function", range),
            Expr::Await(_) if !in_function => self.error("'await' outside function", range),
            Expr::Await(_) => self.error("'await' outside async function", range),
            Expr::TString(_) => self.unsupported("template strings are", range),
            _ => self.error("invalid syntax", range),
        })
    }

    /// `[obj] -> [await obj]` (`what` as `Instr::GetAwaitable`'s argument).
    pub(super) fn await_top(&mut self, what: u32) {
        self.emit(Instr::GetAwaitable(what));
        self.load_const(Constant::None);
        self.yield_from_loop();
    }

    /// `[iter, v] -> [result]`: CPython 3.11's SEND / YIELD_VALUE loop
    /// (the shape `Send`'s documentation promises the vm).
    pub(super) fn yield_from_loop(&mut self) {
        let send = self.new_label();
        let exit = self.new_label();
        self.bind(send);
        self.jump(Instr::Send, exit);
        self.emit(Instr::YieldValue);
        self.jump(Instr::Jump, send);
        self.bind(exit);
    }

    fn compile_unary(&mut self, e: &'a ast::ExprUnaryOp) -> Result {
        // `not a in b` is `a not in b`, `not a is b` is `a is not b`
        // (CPython's fold_unaryop).
        if e.op == UnaryOp::Not {
            if let Some(inverted) = self.inverted_compare(&e.operand) {
                return inverted;
            }
        }
        self.compile_expr(&e.operand)?;
        let op = match e.op {
            UnaryOp::Invert => bytecode::UnaryOp::Invert,
            UnaryOp::Not => bytecode::UnaryOp::Not,
            UnaryOp::UAdd => bytecode::UnaryOp::Positive,
            UnaryOp::USub => bytecode::UnaryOp::Negative,
        };
        self.emit(Instr::UnaryOp(op));
        Ok(())
    }

    /// Compile `operand`, a single `is`/`is not`/`in`/`not in` comparison,
    /// with the operator negated; `None` if it is not one.
    fn inverted_compare(&mut self, operand: &'a Expr) -> Option<Result> {
        let Expr::Compare(cmp) = operand else {
            return None;
        };
        let [op] = &*cmp.ops else { return None };
        let inverted = match op {
            CmpOp::Is => CmpOp::IsNot,
            CmpOp::IsNot => CmpOp::Is,
            CmpOp::In => CmpOp::NotIn,
            CmpOp::NotIn => CmpOp::In,
            _ => return None,
        };
        // (CPython inverts the comparison in the AST, before it checks it.)
        let ok = [&*cmp.left, &cmp.comparators[0]].map(|e| self.is_identity_operand(e));
        self.warn_identity(inverted, ok, cmp.range);
        Some((|| {
            self.compile_expr(&cmp.left)?;
            self.compile_comparator(inverted, &cmp.comparators[0])?;
            self.emit_compare(inverted);
            Ok(())
        })())
    }

    /// `a and b and c` / `a or b or c`, leaving the deciding value.
    fn compile_bool_op(&mut self, e: &'a ast::ExprBoolOp) -> Result {
        let end = self.new_label();
        let jump = match e.op {
            BoolOp::And => Instr::JumpIfFalseOrPop,
            BoolOp::Or => Instr::JumpIfTrueOrPop,
        };
        let Some((last, init)) = e.values.split_last() else {
            return Err(self.internal_error("empty boolean operation"));
        };
        for value in init {
            self.compile_expr(value)?;
            self.jump(jump, end);
        }
        self.compile_expr(last)?;
        self.bind(end);
        Ok(())
    }

    fn emit_compare(&mut self, op: CmpOp) {
        let instr = match op {
            CmpOp::Eq => Instr::CompareOp(bytecode::CmpOp::Eq),
            CmpOp::NotEq => Instr::CompareOp(bytecode::CmpOp::Ne),
            CmpOp::Lt => Instr::CompareOp(bytecode::CmpOp::Lt),
            CmpOp::LtE => Instr::CompareOp(bytecode::CmpOp::Le),
            CmpOp::Gt => Instr::CompareOp(bytecode::CmpOp::Gt),
            CmpOp::GtE => Instr::CompareOp(bytecode::CmpOp::Ge),
            CmpOp::Is => Instr::IsOp(false),
            CmpOp::IsNot => Instr::IsOp(true),
            CmpOp::In => Instr::ContainsOp(false),
            CmpOp::NotIn => Instr::ContainsOp(true),
        };
        self.emit(instr);
    }

    /// The right operand of a comparison; for `in`/`not in` a list display
    /// is built as a tuple (CPython's fold_compare).
    fn compile_comparator(&mut self, op: CmpOp, expr: &'a Expr) -> Result {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            self.compile_iterable(expr)
        } else {
            self.compile_expr(expr)
        }
    }

    /// CPython's `infer_type`: the type an expression's value is known to
    /// have from its form alone (a constant after folding, a display, a
    /// comprehension, ...).
    fn inferred_type(&mut self, e: &Expr) -> Option<&'static str> {
        if let Some(c) = self.folder.constant(e) {
            return Some(match c {
                Constant::None => "NoneType",
                Constant::Ellipsis => "ellipsis",
                Constant::Bool(_) => "bool",
                Constant::Int(_) => "int",
                Constant::Float(_) => "float",
                Constant::Complex { .. } => "complex",
                Constant::Str(_) => "str",
                Constant::Bytes(_) => "bytes",
                Constant::Tuple(_) => "tuple",
                Constant::FrozenSet(_) => "frozenset",
                Constant::Code(_) => "code",
            });
        }
        Some(match e {
            Expr::Tuple(_) => "tuple",
            Expr::List(_) | Expr::ListComp(_) => "list",
            Expr::Dict(_) | Expr::DictComp(_) => "dict",
            Expr::Set(_) | Expr::SetComp(_) => "set",
            Expr::Generator(_) => "generator",
            Expr::Lambda(_) => "function",
            Expr::FString(_) => "str",
            _ => return None,
        })
    }

    /// CPython's `check_caller`: calling a constant or a display is a
    /// SyntaxWarning (`[1, 2] (3, 4)` misses a comma).
    pub(super) fn check_caller(&mut self, call: &ast::ExprCall) {
        let display = matches!(
            &*call.func,
            Expr::Tuple(_)
                | Expr::List(_)
                | Expr::ListComp(_)
                | Expr::Dict(_)
                | Expr::DictComp(_)
                | Expr::Set(_)
                | Expr::SetComp(_)
                | Expr::Generator(_)
                | Expr::FString(_)
        );
        if !display && self.folder.constant(&call.func).is_none() {
            return;
        }
        if let Some(ty) = self.inferred_type(&call.func) {
            let message = format!("'{ty}' object is not callable; perhaps you missed a comma?");
            self.info.warn(message, call.range());
        }
    }

    /// CPython's `check_subscripter` and `check_index`: subscripting what
    /// cannot be subscripted, or a sequence with what cannot index it, is
    /// a SyntaxWarning.
    fn check_subscript(&mut self, e: &ast::ExprSubscript) {
        let Some(ty) = self.inferred_type(&e.value) else {
            return;
        };
        let constant = self.folder.constant(&e.value).is_some();
        let unsubscriptable = if constant {
            matches!(
                ty,
                "NoneType" | "ellipsis" | "int" | "bool" | "float" | "complex" | "frozenset"
            )
        } else {
            matches!(
                &*e.value,
                Expr::Set(_) | Expr::SetComp(_) | Expr::Generator(_) | Expr::Lambda(_)
            )
        };
        if unsubscriptable {
            let message =
                format!("'{ty}' object is not subscriptable; perhaps you missed a comma?");
            self.info.warn(message, e.range);
            return;
        }
        let Some(index) = self.inferred_type(&e.slice) else {
            return;
        };
        if matches!(index, "int" | "bool") {
            return;
        }
        let sequence = if constant {
            matches!(ty, "str" | "bytes" | "tuple")
        } else {
            matches!(
                &*e.value,
                Expr::Tuple(_) | Expr::List(_) | Expr::ListComp(_) | Expr::FString(_)
            )
        };
        if sequence {
            let message = format!(
                "{ty} indices must be integers or slices, not {index}; perhaps you missed a comma?"
            );
            self.info.warn(message, e.range);
        }
    }

    /// CPython's `check_compare`: `x is 5` (an operand that folds to a
    /// constant other than None, True, False or `...`) is a SyntaxWarning.
    fn check_compare(&mut self, e: &'a ast::ExprCompare) {
        let mut left = self.is_identity_operand(&e.left);
        for (&op, right) in e.ops.iter().zip(e.comparators.iter()) {
            let right_ok = self.is_identity_operand(right);
            self.warn_identity(op, [left, right_ok], e.range);
            left = right_ok;
        }
    }

    /// Warn if `op` is `is`/`is not` and an operand is not fit for it.
    fn warn_identity(
        &mut self,
        op: CmpOp,
        operands_ok: [bool; 2],
        range: ruff_text_size::TextRange,
    ) {
        if !matches!(op, CmpOp::Is | CmpOp::IsNot) || operands_ok == [true, true] {
            return;
        }
        let message = if op == CmpOp::Is {
            "\"is\" with a literal. Did you mean \"==\"?"
        } else {
            "\"is not\" with a literal. Did you mean \"!=\"?"
        };
        self.info.warn(message, range);
    }

    /// May `expr` be an operand of `is` without a warning (not a constant,
    /// or one of the singletons)?
    fn is_identity_operand(&mut self, expr: &Expr) -> bool {
        match self.folder.constant(expr) {
            None => true,
            Some(c) => matches!(c, Constant::None | Constant::Bool(_) | Constant::Ellipsis),
        }
    }

    /// `a < b < c`: `b` is evaluated once and kept under the result with
    /// Swap/Copy; a false link short-circuits to the cleanup that drops it.
    fn compile_compare(&mut self, e: &'a ast::ExprCompare) -> Result {
        self.check_compare(e);
        self.compile_expr(&e.left)?;
        let n = e.ops.len();
        if n == 1 {
            self.compile_comparator(e.ops[0], &e.comparators[0])?;
            self.emit_compare(e.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.compile_expr(&e.comparators[i])?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.emit_compare(e.ops[i]);
            self.jump(Instr::JumpIfFalseOrPop, cleanup);
        }
        self.compile_comparator(e.ops[n - 1], &e.comparators[n - 1])?;
        self.emit_compare(e.ops[n - 1]);
        self.jump(Instr::Jump, end);
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    /// Jump to `target` if `expr` is true (`cond`) or false (`!cond`),
    /// without materialising intermediate booleans for `not`, `and`, `or`,
    /// conditional expressions and chained comparisons (CPython's
    /// `compiler_jump_if`). A constant test jumps unconditionally or not at
    /// all, as CPython's flow-graph optimizer would make it.
    pub(super) fn jump_if(&mut self, expr: &'a Expr, target: Label, cond: bool) -> Result {
        if let Some(c) = self.folder.constant(expr) {
            if truthy(&c) == cond {
                self.jump(Instr::Jump, target);
            }
            return Ok(());
        }
        match expr {
            Expr::UnaryOp(e) if e.op == UnaryOp::Not => {
                // `not (a is b)` is `a is not b` (CPython rewrites it so in
                // the AST).
                if let Some(inverted) = self.inverted_compare(&e.operand) {
                    inverted?;
                    let jump = if cond {
                        Instr::PopJumpIfTrue
                    } else {
                        Instr::PopJumpIfFalse
                    };
                    self.jump(jump, target);
                    return Ok(());
                }
                self.jump_if(&e.operand, target, !cond)
            }
            Expr::BoolOp(e) => self.jump_if_bool_op(e, target, cond),
            Expr::If(e) => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(&e.test, next, false)?;
                self.jump_if(&e.body, target, cond)?;
                self.jump(Instr::Jump, end);
                self.bind(next);
                self.jump_if(&e.orelse, target, cond)?;
                self.bind(end);
                Ok(())
            }
            Expr::Compare(e) if e.ops.len() > 1 => self.jump_if_chain(e, target, cond),
            _ => {
                self.compile_expr(expr)?;
                let jump = if cond {
                    Instr::PopJumpIfTrue
                } else {
                    Instr::PopJumpIfFalse
                };
                self.jump(jump, target);
                Ok(())
            }
        }
    }

    fn jump_if_bool_op(&mut self, e: &'a ast::ExprBoolOp, target: Label, cond: bool) -> Result {
        let is_or = e.op == BoolOp::Or;
        let Some((last, init)) = e.values.split_last() else {
            return Err(self.internal_error("empty boolean operation"));
        };
        let short = if is_or == cond {
            target
        } else {
            self.new_label()
        };
        for value in init {
            self.jump_if(value, short, is_or)?;
        }
        self.jump_if(last, target, cond)?;
        if short != target {
            self.bind(short);
        }
        Ok(())
    }

    fn jump_if_chain(&mut self, e: &'a ast::ExprCompare, target: Label, cond: bool) -> Result {
        self.check_compare(e);
        let n = e.ops.len();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.compile_expr(&e.left)?;
        for i in 0..n - 1 {
            self.compile_expr(&e.comparators[i])?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.emit_compare(e.ops[i]);
            self.jump(Instr::PopJumpIfFalse, cleanup);
        }
        self.compile_comparator(e.ops[n - 1], &e.comparators[n - 1])?;
        self.emit_compare(e.ops[n - 1]);
        let jump = if cond {
            Instr::PopJumpIfTrue
        } else {
            Instr::PopJumpIfFalse
        };
        self.jump(jump, target);
        self.jump(Instr::Jump, end);
        self.bind(cleanup);
        self.emit(Instr::PopTop);
        if !cond {
            self.jump(Instr::Jump, target);
        }
        self.bind(end);
        Ok(())
    }

    /// `lower:upper:step` inside a subscript; missing parts are `None`.
    fn compile_slice(&mut self, e: &'a ast::ExprSlice) -> Result {
        for part in [&e.lower, &e.upper] {
            match part {
                Some(p) => self.compile_expr(p)?,
                None => self.load_const(Constant::None),
            }
        }
        let mut n = 2;
        if let Some(step) = &e.step {
            self.compile_expr(step)?;
            n = 3;
        }
        self.emit(Instr::BuildSlice(n));
        Ok(())
    }

    // ---- f-strings ------------------------------------------------------

    /// Literal parts as str constants, each `{...}` as FormatValue, joined
    /// with BuildString (CPython's `compiler_joined_str`).
    fn compile_fstring(&mut self, e: &'a ast::ExprFString) -> Result {
        let mut parts = FStringParts::default();
        for part in e.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => parts.literal(&s.value),
                ast::FStringPart::FString(f) => parts.elements(f.elements.iter()),
            }
        }
        self.compile_fstring_parts(parts)
    }

    /// CPython's `optimize_format`: `'%s: %r' % (a, b)`, a constant str
    /// with only `%s`/`%r`/`%a` units (with flags, width, precision) and a
    /// tuple display of as many items, is compiled as the f-string
    /// `f'{a!s}: {b!r}'`: each item is formatted right after it is
    /// evaluated. False (nothing emitted) for anything else.
    fn percent_as_fstring(
        &mut self,
        e: &'a ast::ExprBinOp,
    ) -> std::result::Result<bool, crate::CompileError> {
        if e.op != ast::Operator::Mod {
            return Ok(false);
        }
        let Expr::Tuple(t) = &*e.right else {
            return Ok(false);
        };
        if t.elts.iter().any(|x| matches!(x, Expr::Starred(_)))
            || self.folder.constant(&e.right).is_some()
        {
            return Ok(false);
        }
        let Some(Constant::Str(fmt)) = self.folder.constant(&e.left) else {
            return Ok(false);
        };
        let Some(pieces) = percent_pieces(&fmt, t.elts.len()) else {
            return Ok(false);
        };
        for piece in &pieces {
            match piece {
                PercentPiece::Literal(s) => self.load_const(Constant::Str(s.clone())),
                PercentPiece::Value {
                    index,
                    conversion,
                    spec,
                } => {
                    self.compile_expr(&t.elts[*index])?;
                    if let Some(spec) = spec {
                        self.load_const(Constant::Str(spec.clone()));
                    }
                    self.emit(Instr::FormatValue {
                        conversion: *conversion,
                        has_spec: spec.is_some(),
                    });
                }
            }
        }
        match pieces.len() {
            0 => self.load_const(Constant::Str(String::new())),
            1 => {}
            n => self.emit(Instr::BuildString(u32::try_from(n).unwrap_or(u32::MAX))),
        }
        Ok(true)
    }

    fn compile_fstring_parts(&mut self, parts: FStringParts<'a>) -> Result {
        let parts = parts.finish();
        if parts.is_empty() {
            self.load_const(Constant::Str(String::new()));
            return Ok(());
        }
        for part in &parts {
            match part {
                Part::Literal(s) => self.load_const(Constant::Str(s.clone())),
                Part::Value(v) => self.compile_formatted_value(v)?,
            }
        }
        if parts.len() != 1 {
            let n = u32::try_from(parts.len()).unwrap_or(u32::MAX);
            self.emit(Instr::BuildString(n));
        }
        Ok(())
    }

    fn compile_formatted_value(&mut self, v: &'a ast::InterpolatedElement) -> Result {
        self.compile_expr(&v.expression)?;
        let conversion = match v.conversion {
            ConversionFlag::Str => Conversion::Str,
            ConversionFlag::Repr => Conversion::Repr,
            ConversionFlag::Ascii => Conversion::Ascii,
            // `f"{x=}"` shows the repr unless a format spec is given.
            ConversionFlag::None if v.debug_text.is_some() && v.format_spec.is_none() => {
                Conversion::Repr
            }
            ConversionFlag::None => Conversion::None,
        };
        let has_spec = v.format_spec.is_some();
        if let Some(spec) = &v.format_spec {
            let mut parts = FStringParts::default();
            parts.elements(spec.elements.iter());
            self.compile_fstring_parts(parts)?;
        }
        self.emit(Instr::FormatValue {
            conversion,
            has_spec,
        });
        Ok(())
    }
}

/// One piece of an f-string after merging adjacent literal text.
enum Part<'a> {
    Literal(String),
    Value(&'a ast::InterpolatedElement),
}

#[derive(Default)]
struct FStringParts<'a> {
    parts: Vec<Part<'a>>,
}

impl<'a> FStringParts<'a> {
    fn literal(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        if let Some(Part::Literal(prev)) = self.parts.last_mut() {
            prev.push_str(text);
        } else {
            self.parts.push(Part::Literal(text.to_string()));
        }
    }

    fn elements(&mut self, elements: impl Iterator<Item = &'a InterpolatedStringElement>) {
        for element in elements {
            match element {
                InterpolatedStringElement::Literal(l) => self.literal(&l.value),
                InterpolatedStringElement::Interpolation(v) => {
                    // `f"{x = }"` starts with the text `x = `.
                    if let Some(debug) = &v.debug_text {
                        self.literal(debug.leading());
                        self.literal(debug.expression());
                        self.literal(debug.trailing());
                    }
                    self.parts.push(Part::Value(v));
                }
            }
        }
    }

    fn finish(self) -> Vec<Part<'a>> {
        self.parts
    }
}

/// A piece of a `%` format compiled as an f-string.
enum PercentPiece {
    Literal(String),
    Value {
        index: usize,
        conversion: Conversion,
        spec: Option<String>,
    },
}

/// The pieces of `fmt` for `n` items, if CPython's `optimize_format` takes
/// it: only `%s`, `%r` and `%a` units (flags, a width and a precision
/// allowed; `-` is the only flag that matters), exactly `n` of them.
fn percent_pieces(fmt: &str, n: usize) -> Option<Vec<PercentPiece>> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pieces = Vec::new();
    let mut pos = 0;
    let mut count = 0;
    loop {
        // Literal text, `%%` standing for `%`.
        let mut text = String::new();
        while pos < chars.len() {
            if chars[pos] != '%' {
                text.push(chars[pos]);
                pos += 1;
            } else if chars.get(pos + 1) == Some(&'%') {
                text.push('%');
                pos += 2;
            } else {
                break;
            }
        }
        if !text.is_empty() {
            pieces.push(PercentPiece::Literal(text));
        }
        if pos >= chars.len() {
            break;
        }
        if count >= n {
            return None;
        }
        pos += 1;
        // CPython's `simple_format_arg_parse`: flags, width, precision,
        // then the conversion character; running out is unsupported.
        let mut next = || {
            let c = chars.get(pos).copied();
            pos += 1;
            c
        };
        let mut ch = next()?;
        let mut left = false;
        while matches!(ch, '-' | '+' | ' ' | '#' | '0') {
            left |= ch == '-';
            ch = next()?;
        }
        let mut width: Option<u64> = None;
        while let Some(d) = ch.to_digit(10) {
            let w = width.unwrap_or(0);
            if w > (isize::MAX as u64 - 9) / 10 {
                return None;
            }
            width = Some(w * 10 + u64::from(d));
            ch = next()?;
        }
        let mut precision: Option<u64> = None;
        if ch == '.' {
            ch = next()?;
            precision = Some(0);
            while let Some(d) = ch.to_digit(10) {
                let p = precision.unwrap_or(0);
                if p > (isize::MAX as u64 - 9) / 10 {
                    return None;
                }
                precision = Some(p * 10 + u64::from(d));
                ch = next()?;
            }
        }
        let conversion = match ch {
            's' => Conversion::Str,
            'r' => Conversion::Repr,
            'a' => Conversion::Ascii,
            _ => return None,
        };
        let mut spec = String::new();
        if let Some(w) = width {
            if !left && w > 0 {
                spec.push('>');
            }
            spec.push_str(&w.to_string());
        }
        if let Some(p) = precision {
            spec.push_str(&format!(".{p}"));
        }
        pieces.push(PercentPiece::Value {
            index: count,
            conversion,
            spec: (!spec.is_empty()).then_some(spec),
        });
        count += 1;
    }
    (count == n).then_some(pieces)
}
