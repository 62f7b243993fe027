//! First symbol-table pass: walk the AST and record how each scope uses
//! each name (CPython's `symtable_visit_*` functions).
//!
//! Constructs the code generator rejects as unsupported (`with`, `match`,
//! `async` forms, generators) are still walked, so that the names they bind
//! are known and the first error reported is the one CPython's order gives.

use crate::HashMap;

use ruff_python_ast::{
    self as ast, Comprehension, Expr, ExprContext, InterpolatedStringElement, Parameters, Stmt,
};
use ruff_text_size::{Ranged, TextRange};

use super::flags::*;
use super::{mangle, NameScope, Scope, ScopeId, ScopeKind, Symbol, SymbolTable};
use crate::error::{CompileError, SourceInfo};
use crate::stack_guard::{with_stack, MAX_NESTING, TOO_DEEP};

type Result<T = ()> = std::result::Result<T, CompileError>;

/// The key under which a scope-creating node is registered: its address.
pub(crate) fn node_key<T>(node: &T) -> usize {
    std::ptr::from_ref(node) as usize
}

/// Build the (unanalyzed) table for a module body.
pub(super) fn build(body: &[Stmt], info: &SourceInfo<'_>) -> Result<SymbolTable> {
    let table = SymbolTable {
        scopes: vec![Scope::new(ScopeKind::Module, "top")],
        by_node: HashMap::default(),
    };
    let mut builder = Builder {
        table,
        frames: vec![Frame::new(0)],
        private: None,
        info,
        depth: 0,
    };
    builder.visit_body(body)?;
    Ok(builder.table)
}

/// Builder state for one scope on the stack of scopes being visited.
struct Frame {
    scope: ScopeId,
    /// Visiting a comprehension's iteration target (its names get
    /// `DEF_COMP_ITER`).
    comp_iter_target: bool,
    /// Nesting depth inside a comprehension's iterable expressions, where
    /// `:=` is forbidden.
    comp_iter_expr: u32,
}

impl Frame {
    fn new(scope: ScopeId) -> Self {
        Frame {
            scope,
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }
}

struct Builder<'i, 's> {
    table: SymbolTable,
    frames: Vec<Frame>,
    /// The innermost enclosing class name, for private name mangling.
    private: Option<String>,
    info: &'i SourceInfo<'s>,
    /// Current nesting of statements and expressions.
    depth: u32,
}

impl Builder<'_, '_> {
    // ---- scopes ---------------------------------------------------------

    fn top(&self) -> &Frame {
        &self.frames[self.frames.len() - 1]
    }

    fn top_mut(&mut self) -> &mut Frame {
        let last = self.frames.len() - 1;
        &mut self.frames[last]
    }

    fn current(&self) -> &Scope {
        &self.table.scopes[self.top().scope]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: usize) {
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, name));
        let parent = self.top().scope;
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(key, id);
        self.frames.push(Frame::new(id));
    }

    fn exit(&mut self) {
        self.frames.pop();
    }

    // ---- recording names ------------------------------------------------

    fn add_def(&mut self, name: &str, flag: u16, range: TextRange) -> Result {
        self.add_def_in(self.frames.len() - 1, name, flag, range)
    }

    /// Record `flag` for `name` in the scope of frame `frame` (CPython's
    /// `symtable_add_def_helper`).
    fn add_def_in(&mut self, frame: usize, name: &str, flag: u16, range: TextRange) -> Result {
        let mangled = mangle(self.private.as_deref(), name);
        let iter_target = self.frames[frame].comp_iter_target;
        let scope = &mut self.table.scopes[self.frames[frame].scope];
        let old = scope.flags_of(&mangled);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            let msg = format!("duplicate argument '{name}' in function definition");
            return Err(self.info.error(msg, range));
        }
        let mut value = old | flag;
        if iter_target {
            if value & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                let msg = format!(
                    "comprehension inner loop cannot rebind assignment expression target '{name}'"
                );
                return Err(self.info.error(msg, range));
            }
            value |= DEF_COMP_ITER;
        }
        set_flags(scope, &mangled, value);
        if flag & DEF_PARAM != 0 {
            scope.params.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            // A `global` declaration anywhere makes the name explicitly
            // global at module level too.
            let module = &mut self.table.scopes[0];
            let value = module.flags_of(&mangled) | flag;
            set_flags(module, &mangled, value);
        }
        Ok(())
    }

    fn lookup(&self, name: &str) -> u16 {
        let mangled = mangle(self.private.as_deref(), name);
        self.current().flags_of(&mangled)
    }

    fn record_directive(&mut self, frame: usize, name: &str, range: TextRange) {
        let mangled = mangle(self.private.as_deref(), name);
        let scope = &mut self.table.scopes[self.frames[frame].scope];
        scope.directives.entry(mangled).or_insert(range);
    }

    // ---- statements -----------------------------------------------------

    fn visit_body(&mut self, body: &[Stmt]) -> Result {
        body.iter().try_for_each(|stmt| self.visit_stmt(stmt))
    }

    fn visit_stmt(&mut self, stmt: &Stmt) -> Result {
        self.nested(stmt.range(), |b| b.visit_stmt_inner(stmt))
    }

    /// Run one level of the recursive walk, with a stack to do it on and
    /// within the nesting limit.
    fn nested(&mut self, range: TextRange, f: impl FnOnce(&mut Self) -> Result) -> Result {
        if self.depth >= MAX_NESTING {
            return Err(self
                .info
                .error_of_kind(crate::ErrorKind::RecursionError, TOO_DEEP, range));
        }
        self.depth += 1;
        let result = with_stack(|| f(self));
        self.depth -= 1;
        result
    }

    fn visit_stmt_inner(&mut self, stmt: &Stmt) -> Result {
        match stmt {
            Stmt::FunctionDef(def) => self.visit_function_def(def),
            Stmt::ClassDef(class) => self.visit_class_def(class),
            Stmt::Return(s) => self.visit_opt_expr(s.value.as_deref()),
            Stmt::Delete(s) => self.visit_exprs(&s.targets),
            Stmt::Assign(s) => {
                self.visit_exprs(&s.targets)?;
                self.visit_expr(&s.value)
            }
            Stmt::AugAssign(s) => {
                self.visit_expr(&s.target)?;
                self.visit_expr(&s.value)
            }
            Stmt::AnnAssign(s) => self.visit_ann_assign(s),
            Stmt::For(s) => {
                self.visit_expr(&s.target)?;
                self.visit_expr(&s.iter)?;
                self.visit_body(&s.body)?;
                self.visit_body(&s.orelse)
            }
            Stmt::While(s) => {
                self.visit_expr(&s.test)?;
                self.visit_body(&s.body)?;
                self.visit_body(&s.orelse)
            }
            Stmt::If(s) => {
                self.visit_expr(&s.test)?;
                self.visit_body(&s.body)?;
                for clause in &s.elif_else_clauses {
                    self.visit_opt_expr(clause.test.as_ref())?;
                    self.visit_body(&clause.body)?;
                }
                Ok(())
            }
            Stmt::Raise(s) => {
                self.visit_opt_expr(s.exc.as_deref())?;
                self.visit_opt_expr(s.cause.as_deref())
            }
            Stmt::Try(s) => self.visit_try(s),
            Stmt::Assert(s) => {
                self.visit_expr(&s.test)?;
                self.visit_opt_expr(s.msg.as_deref())
            }
            Stmt::Import(s) => s.names.iter().try_for_each(|a| self.visit_alias(a)),
            Stmt::ImportFrom(s) => s.names.iter().try_for_each(|a| self.visit_alias(a)),
            Stmt::Global(s) => self.visit_global(s),
            Stmt::Nonlocal(s) => self.visit_nonlocal(s),
            Stmt::Expr(s) => self.visit_expr(&s.value),
            Stmt::With(s) => {
                for item in &s.items {
                    self.visit_expr(&item.context_expr)?;
                    self.visit_opt_expr(item.optional_vars.as_deref())?;
                }
                self.visit_body(&s.body)
            }
            Stmt::Match(s) => {
                self.visit_expr(&s.subject)?;
                for case in &s.cases {
                    self.visit_pattern(&case.pattern)?;
                    self.visit_opt_expr(case.guard.as_deref())?;
                    self.visit_body(&case.body)?;
                }
                Ok(())
            }
            Stmt::TypeAlias(_)
            | Stmt::Pass(_)
            | Stmt::Break(_)
            | Stmt::Continue(_)
            | Stmt::IpyEscapeCommand(_) => Ok(()),
        }
    }

    /// Names a `match` pattern binds, and the expressions it evaluates.
    fn visit_pattern(&mut self, pattern: &ast::Pattern) -> Result {
        use ast::Pattern as P;
        match pattern {
            P::MatchValue(p) => self.visit_expr(&p.value),
            P::MatchSingleton(_) => Ok(()),
            P::MatchSequence(p) => p.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
            P::MatchMapping(p) => {
                self.visit_exprs(&p.keys)?;
                p.patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                match &p.rest {
                    Some(rest) => self.add_def(rest, DEF_LOCAL, rest.range),
                    None => Ok(()),
                }
            }
            P::MatchClass(p) => {
                self.visit_expr(&p.cls)?;
                p.arguments
                    .patterns
                    .iter()
                    .try_for_each(|p| self.visit_pattern(p))?;
                p.arguments
                    .keywords
                    .iter()
                    .try_for_each(|k| self.visit_pattern(&k.pattern))
            }
            P::MatchStar(p) => match &p.name {
                Some(name) => self.add_def(name, DEF_LOCAL, name.range),
                None => Ok(()),
            },
            P::MatchAs(p) => {
                if let Some(inner) = &p.pattern {
                    self.visit_pattern(inner)?;
                }
                match &p.name {
                    Some(name) => self.add_def(name, DEF_LOCAL, name.range),
                    None => Ok(()),
                }
            }
            P::MatchOr(p) => p.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
        }
    }

    fn visit_function_def(&mut self, def: &ast::StmtFunctionDef) -> Result {
        self.add_def(&def.name, DEF_LOCAL, def.name.range)?;
        self.visit_defaults(&def.parameters)?;
        for decorator in &def.decorator_list {
            self.visit_expr(&decorator.expression)?;
        }
        // Annotations are not evaluated by ouro, so they use no names.
        self.enter(ScopeKind::Function, &def.name, node_key(def));
        self.visit_params(&def.parameters)?;
        self.visit_body(&def.body)?;
        self.exit();
        Ok(())
    }

    fn visit_class_def(&mut self, class: &ast::StmtClassDef) -> Result {
        self.add_def(&class.name, DEF_LOCAL, class.name.range)?;
        if let Some(arguments) = &class.arguments {
            self.visit_exprs(&arguments.args)?;
            for keyword in &arguments.keywords {
                self.visit_expr(&keyword.value)?;
            }
        }
        for decorator in &class.decorator_list {
            self.visit_expr(&decorator.expression)?;
        }
        self.enter(ScopeKind::Class, &class.name, node_key(class));
        let saved = self.private.replace(class.name.to_string());
        let result = self.visit_body(&class.body);
        self.private = saved;
        self.exit();
        result
    }

    fn visit_ann_assign(&mut self, s: &ast::StmtAnnAssign) -> Result {
        if let Expr::Name(name) = &*s.target {
            let cur = self.lookup(&name.id);
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.top().scope != 0 && s.simple {
                let which = if cur & DEF_GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
                let msg = format!("annotated name '{}' can't be {which}", name.id);
                return Err(self.info.error(msg, name.range));
            }
            if s.simple {
                self.add_def(&name.id, DEF_ANNOT | DEF_LOCAL, name.range)?;
            } else if s.value.is_some() {
                self.add_def(&name.id, DEF_LOCAL, name.range)?;
            }
        } else {
            self.visit_expr(&s.target)?;
        }
        self.visit_opt_expr(s.value.as_deref())
    }

    fn visit_try(&mut self, s: &ast::StmtTry) -> Result {
        self.visit_body(&s.body)?;
        self.visit_body(&s.orelse)?;
        for handler in &s.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = handler;
            self.visit_opt_expr(h.type_.as_deref())?;
            if let Some(name) = &h.name {
                self.add_def(name, DEF_LOCAL, name.range)?;
            }
            self.visit_body(&h.body)?;
        }
        self.visit_body(&s.finalbody)
    }

    fn visit_alias(&mut self, alias: &ast::Alias) -> Result {
        if alias.name.as_str() == "*" {
            if self.current().kind != ScopeKind::Module {
                let msg = "import * only allowed at module level";
                return Err(self.info.error(msg, alias.range));
            }
            return Ok(());
        }
        let stored = match &alias.asname {
            Some(asname) => asname.as_str(),
            None => alias.name.split('.').next().unwrap_or(""),
        };
        self.add_def(stored, DEF_IMPORT, alias.range)
    }

    fn visit_global(&mut self, s: &ast::StmtGlobal) -> Result {
        for name in &s.names {
            let cur = self.lookup(name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = declaration_conflict(name, cur, "global");
                return Err(self.info.error(msg, s.range));
            }
            self.add_def(name, DEF_GLOBAL, s.range)?;
            self.record_directive(self.frames.len() - 1, name, s.range);
        }
        Ok(())
    }

    fn visit_nonlocal(&mut self, s: &ast::StmtNonlocal) -> Result {
        for name in &s.names {
            let cur = self.lookup(name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = declaration_conflict(name, cur, "nonlocal");
                return Err(self.info.error(msg, s.range));
            }
            self.add_def(name, DEF_NONLOCAL, s.range)?;
            self.record_directive(self.frames.len() - 1, name, s.range);
        }
        Ok(())
    }

    fn visit_defaults(&mut self, params: &Parameters) -> Result {
        let all = params.posonlyargs.iter().chain(&params.args);
        for param in all.chain(&params.kwonlyargs) {
            self.visit_opt_expr(param.default.as_deref())?;
        }
        Ok(())
    }

    /// Parameters in CPython's `co_varnames` order: positional-only,
    /// positional, keyword-only, `*args`, `**kwargs`.
    fn visit_params(&mut self, params: &Parameters) -> Result {
        let named = params.posonlyargs.iter().chain(&params.args);
        for param in named.chain(&params.kwonlyargs) {
            let name = &param.parameter.name;
            self.add_def(name, DEF_PARAM, name.range)?;
        }
        for var in [&params.vararg, &params.kwarg].into_iter().flatten() {
            self.add_def(&var.name, DEF_PARAM, var.name.range)?;
        }
        Ok(())
    }

    // ---- expressions ----------------------------------------------------

    fn visit_exprs(&mut self, exprs: &[Expr]) -> Result {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_opt_expr(&mut self, expr: Option<&Expr>) -> Result {
        expr.map_or(Ok(()), |e| self.visit_expr(e))
    }

    fn visit_expr(&mut self, expr: &Expr) -> Result {
        self.nested(expr.range(), |b| b.visit_expr_inner(expr))
    }

    fn visit_expr_inner(&mut self, expr: &Expr) -> Result {
        match expr {
            Expr::Name(name) => self.visit_name(name),
            Expr::Named(named) => self.visit_named(named),
            Expr::Lambda(lambda) => self.visit_lambda(lambda),
            Expr::ListComp(c) => {
                self.visit_comprehension(expr, "listcomp", &c.generators, &[&c.elt])
            }
            Expr::SetComp(c) => self.visit_comprehension(expr, "setcomp", &c.generators, &[&c.elt]),
            Expr::Generator(c) => {
                self.visit_comprehension(expr, "genexpr", &c.generators, &[&c.elt])
            }
            Expr::DictComp(c) => match &c.key {
                Some(key) => {
                    self.visit_comprehension(expr, "dictcomp", &c.generators, &[key, &c.value])
                }
                None => self.visit_expr(&c.value),
            },
            Expr::FString(f) => {
                for element in f.value.elements() {
                    self.visit_interpolated(element)?;
                }
                Ok(())
            }
            _ => self.visit_children(expr),
        }
    }

    /// Visit the sub-expressions of an expression that has no scoping rules
    /// of its own.
    fn visit_children(&mut self, expr: &Expr) -> Result {
        match expr {
            Expr::BoolOp(e) => self.visit_exprs(&e.values),
            Expr::BinOp(e) => {
                self.visit_expr(&e.left)?;
                self.visit_expr(&e.right)
            }
            Expr::UnaryOp(e) => self.visit_expr(&e.operand),
            Expr::If(e) => {
                self.visit_expr(&e.test)?;
                self.visit_expr(&e.body)?;
                self.visit_expr(&e.orelse)
            }
            Expr::Dict(e) => e.items.iter().try_for_each(|item| {
                self.visit_opt_expr(item.key.as_ref())?;
                self.visit_expr(&item.value)
            }),
            Expr::Set(e) => self.visit_exprs(&e.elts),
            Expr::Await(e) => {
                self.visit_expr(&e.value)?;
                let id = self.top().scope;
                self.table.scopes[id].coroutine = true;
                Ok(())
            }
            Expr::Yield(e) => {
                self.mark_generator(e.range)?;
                self.visit_opt_expr(e.value.as_deref())
            }
            Expr::YieldFrom(e) => {
                self.mark_generator(e.range)?;
                self.visit_expr(&e.value)
            }
            Expr::Compare(e) => {
                self.visit_expr(&e.left)?;
                self.visit_exprs(&e.comparators)
            }
            Expr::Call(e) => {
                self.visit_expr(&e.func)?;
                self.visit_exprs(&e.arguments.args)?;
                e.arguments
                    .keywords
                    .iter()
                    .try_for_each(|k| self.visit_expr(&k.value))
            }
            Expr::Attribute(e) => self.visit_expr(&e.value),
            Expr::Subscript(e) => {
                self.visit_expr(&e.value)?;
                self.visit_expr(&e.slice)
            }
            Expr::Starred(e) => self.visit_expr(&e.value),
            Expr::List(e) => self.visit_exprs(&e.elts),
            Expr::Tuple(e) => self.visit_exprs(&e.elts),
            Expr::Slice(e) => {
                self.visit_opt_expr(e.lower.as_deref())?;
                self.visit_opt_expr(e.upper.as_deref())?;
                self.visit_opt_expr(e.step.as_deref())
            }
            _ => Ok(()),
        }
    }

    fn visit_interpolated(&mut self, element: &InterpolatedStringElement) -> Result {
        if let InterpolatedStringElement::Interpolation(interp) = element {
            self.visit_expr(&interp.expression)?;
            if let Some(spec) = &interp.format_spec {
                for inner in spec.elements.iter() {
                    self.visit_interpolated(inner)?;
                }
            }
        }
        Ok(())
    }

    fn visit_name(&mut self, name: &ast::ExprName) -> Result {
        let flag = match name.ctx {
            ExprContext::Store | ExprContext::Del => DEF_LOCAL,
            ExprContext::Load | ExprContext::Invalid => USE,
        };
        self.add_def(&name.id, flag, name.range)?;
        // `super()` needs the `__class__` cell of the enclosing class.
        let function_like = self.current().kind.is_function_like();
        if name.ctx == ExprContext::Load && function_like && name.id.as_str() == "super" {
            self.add_def("__class__", USE, name.range)?;
        }
        Ok(())
    }

    fn visit_named(&mut self, named: &ast::ExprNamed) -> Result {
        if self.top().comp_iter_expr > 0 {
            let msg = "assignment expression cannot be used in a comprehension iterable expression";
            return Err(self.info.error(msg, named.range));
        }
        if self.current().kind == ScopeKind::Comprehension {
            if let Expr::Name(target) = &*named.target {
                self.extend_named_expr_scope(target)?;
            }
        }
        self.visit_expr(&named.value)?;
        self.visit_expr(&named.target)
    }

    /// PEP 572: an assignment expression inside a comprehension binds in the
    /// nearest enclosing function (or module) scope.
    fn extend_named_expr_scope(&mut self, target: &ast::ExprName) -> Result {
        let name = target.id.as_str();
        let here = self.frames.len() - 1;
        for frame in (0..self.frames.len()).rev() {
            let scope = &self.table.scopes[self.frames[frame].scope];
            match scope.kind {
                ScopeKind::Comprehension => {
                    if scope.flags_of(name) & DEF_COMP_ITER != 0 {
                        let msg = format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        );
                        return Err(self.info.error(msg, target.range));
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let flag = if scope.flags_of(name) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def_in(here, name, flag, target.range)?;
                    self.record_directive(here, name, target.range);
                    return self.add_def_in(frame, name, DEF_LOCAL, target.range);
                }
                ScopeKind::Module => {
                    self.add_def_in(here, name, DEF_GLOBAL, target.range)?;
                    self.record_directive(here, name, target.range);
                    return self.add_def_in(frame, name, DEF_GLOBAL, target.range);
                }
                ScopeKind::Class => {
                    let msg = "assignment expression within a comprehension cannot be used in a class body";
                    return Err(self.info.error(msg, target.range));
                }
            }
        }
        Ok(())
    }

    /// A `yield` makes the enclosing function a generator; inside a
    /// comprehension it is CPython's SyntaxError (`'yield' outside
    /// function` at module and class level is the code generator's).
    fn mark_generator(&mut self, range: TextRange) -> Result {
        let id = self.top().scope;
        let scope = &mut self.table.scopes[id];
        if scope.kind == ScopeKind::Comprehension {
            let what = match scope.name.as_str() {
                "listcomp" => "list comprehension",
                "setcomp" => "set comprehension",
                "dictcomp" => "dict comprehension",
                _ => "generator expression",
            };
            return Err(self.info.error(format!("'yield' inside {what}"), range));
        }
        scope.generator = true;
        Ok(())
    }

    fn visit_lambda(&mut self, lambda: &ast::ExprLambda) -> Result {
        if let Some(params) = &lambda.parameters {
            self.visit_defaults(params)?;
        }
        self.enter(ScopeKind::Lambda, "lambda", node_key(lambda));
        if let Some(params) = &lambda.parameters {
            self.visit_params(params)?;
        }
        self.visit_expr(&lambda.body)?;
        self.exit();
        Ok(())
    }

    /// A comprehension: the outermost iterable belongs to the enclosing
    /// scope; everything else to a new function scope whose single
    /// parameter `.0` receives the outermost iterator.
    fn visit_comprehension(
        &mut self,
        expr: &Expr,
        name: &str,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) -> Result {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        self.top_mut().comp_iter_expr += 1;
        let result = self.visit_expr(&outermost.iter);
        self.top_mut().comp_iter_expr -= 1;
        result?;
        self.enter(ScopeKind::Comprehension, name, comprehension_key(expr));
        let id = self.top().scope;
        self.table.scopes[id].generator = name == "genexpr";
        if generators.iter().any(|g| g.is_async) {
            self.table.scopes[id].coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, outermost.range)?;
        self.visit_comp_target(&outermost.target)?;
        self.visit_exprs(&outermost.ifs)?;
        for generator in &generators[1..] {
            self.visit_comp_target(&generator.target)?;
            self.top_mut().comp_iter_expr += 1;
            let result = self.visit_expr(&generator.iter);
            self.top_mut().comp_iter_expr -= 1;
            result?;
            self.visit_exprs(&generator.ifs)?;
        }
        for elt in elts.iter().rev() {
            self.visit_expr(elt)?;
        }
        self.exit();
        // An enclosing comprehension awaits an asynchronous one (not an
        // asynchronous generator expression, which is just made).
        let parent = self.top().scope;
        if self.table.scopes[id].coroutine
            && name != "genexpr"
            && self.table.scopes[parent].kind == ScopeKind::Comprehension
        {
            self.table.scopes[parent].coroutine = true;
        }
        Ok(())
    }

    fn visit_comp_target(&mut self, target: &Expr) -> Result {
        self.top_mut().comp_iter_target = true;
        let result = self.visit_expr(target);
        self.top_mut().comp_iter_target = false;
        result
    }
}

/// The key of the scope a comprehension expression creates: the address of
/// its node struct (not of the enclosing `Expr`).
pub(crate) fn comprehension_key(expr: &Expr) -> usize {
    match expr {
        Expr::ListComp(c) => node_key(c),
        Expr::SetComp(c) => node_key(c),
        Expr::DictComp(c) => node_key(c),
        Expr::Generator(c) => node_key(c),
        other => node_key(other),
    }
}

fn set_flags(scope: &mut Scope, name: &str, flags: u16) {
    match scope.symbols.get_mut(name) {
        Some(symbol) => symbol.flags = flags,
        None => {
            scope.order.push(name.to_string());
            let scope_default = NameScope::GlobalImplicit;
            scope.symbols.insert(
                name.to_string(),
                Symbol {
                    flags,
                    scope: scope_default,
                },
            );
        }
    }
}

/// CPython's message for a `global`/`nonlocal` declaration of a name that
/// the scope already used.
fn declaration_conflict(name: &str, cur: u16, which: &str) -> String {
    if cur & DEF_PARAM != 0 {
        format!("name '{name}' is parameter and {which}")
    } else if cur & USE != 0 {
        format!("name '{name}' is used prior to {which} declaration")
    } else if cur & DEF_ANNOT != 0 {
        format!("annotated name '{name}' can't be {which}")
    } else {
        format!("name '{name}' is assigned to before {which} declaration")
    }
}
