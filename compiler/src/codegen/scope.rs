//! Code that creates new code objects: `def`, `lambda`, `class` and
//! comprehensions, and the closures that connect them to their enclosing
//! scope.
//!
//! A function object is made from, in stack order: the defaults tuple, the
//! keyword-only defaults dict, the closure tuple (one `LoadClosure` per free
//! variable of the inner code, taken from the enclosing code's cells or
//! free variables), and the code constant; `MakeFunction` says which of the
//! optional items are present.

use std::rc::Rc;

use ruff_python_ast::{self as ast, Comprehension, Expr, Parameters};
use ruff_text_size::{Ranged, TextRange};

use super::{Compiler, Ctx, Result};
use crate::bytecode::{CodeObject, Constant, Instr, MakeFunctionFlags};
use crate::symtable::{comprehension_key, mangle, node_key, NameScope, ScopeId, ScopeKind};

/// What a comprehension adds to its container on each iteration.
#[derive(Debug, Clone, Copy)]
enum CompElement<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    /// A generator expression yields each element.
    Yield(&'a Expr),
}

impl<'a> Compiler<'a, '_, '_> {
    fn scope_for(&self, key: usize, range: TextRange) -> Result<ScopeId> {
        self.table.scope_for(key).ok_or_else(|| {
            self.info
                .error("internal compiler error: scope not found", range)
        })
    }

    pub(super) fn line_of(&self, range: TextRange) -> u32 {
        self.info.line_of(range.start().to_usize())
    }

    pub(super) fn compile_function_def(&mut self, def: &'a ast::StmtFunctionDef) -> Result {
        for decorator in &def.decorator_list {
            self.compile_expr(&decorator.expression)?;
        }
        let first = def.decorator_list.first().map_or(def.range, |d| d.range);
        self.check_parameters(&def.parameters, def.range)?;
        let mut flags = self.compile_defaults(&def.parameters)?;
        flags.annotations = self.compile_annotations(&def.parameters, def.returns.as_deref())?;
        let scope = self.scope_for(node_key(def), def.range)?;
        self.enter_unit(scope, ScopeKind::Function, &def.name, self.line_of(first));
        if def.is_async {
            let flags = &mut self.unit_mut().flags;
            if flags.generator {
                flags.generator = false;
                flags.async_generator = true;
            } else {
                flags.coroutine = true;
            }
        }
        self.set_parameter_counts(&def.parameters);
        // CPython 3.11: a function's first constant is its docstring or None.
        let docstring = super::docstring(&def.body);
        let body = match &docstring {
            Some(_) => &def.body[1..],
            None => &def.body[..],
        };
        let doc = docstring.map_or(Constant::None, |(text, _)| Constant::Str(text));
        if matches!(doc, Constant::Str(_)) {
            self.ast_constants.push(doc.clone());
        }
        self.unit_mut().add_const(doc);
        self.compile_stmts(body)?;
        let code = self.finish_unit()?;
        self.set_loc(def.range);
        self.make_closure(code, flags)?;
        for _ in &def.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.name_op(&def.name, Ctx::Store, def.name.range)
    }

    pub(super) fn compile_lambda(&mut self, lambda: &'a ast::ExprLambda) -> Result {
        let params = lambda.parameters.as_deref();
        if let Some(p) = params {
            self.check_parameters(p, lambda.range)?;
        }
        let flags = match params {
            Some(params) => self.compile_defaults(params)?,
            None => MakeFunctionFlags::default(),
        };
        let scope = self.scope_for(node_key(lambda), lambda.range)?;
        self.enter_unit(
            scope,
            ScopeKind::Lambda,
            "<lambda>",
            self.line_of(lambda.range),
        );
        if let Some(params) = params {
            self.set_parameter_counts(params);
        }
        // None first, so a lambda never has a docstring.
        self.unit_mut().add_const(Constant::None);
        self.compile_expr(&lambda.body)?;
        self.emit(Instr::ReturnValue);
        let code = self.finish_unit()?;
        self.make_closure(code, flags)
    }

    fn set_parameter_counts(&mut self, params: &Parameters) {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let unit = self.unit_mut();
        unit.posonlyargcount = count(params.posonlyargs.len());
        unit.argcount = count(params.posonlyargs.len() + params.args.len());
        unit.kwonlyargcount = count(params.kwonlyargs.len());
        unit.flags.varargs = params.vararg.is_some();
        unit.flags.varkeywords = params.kwarg.is_some();
    }

    /// Push the defaults tuple and keyword-only defaults dict, evaluated in
    /// the enclosing scope (CPython's `compiler_default_arguments`).
    fn compile_defaults(&mut self, params: &'a Parameters) -> Result<MakeFunctionFlags> {
        let mut flags = MakeFunctionFlags::default();
        let positional = params.posonlyargs.iter().chain(params.args.iter());
        let defaults: Vec<&'a Expr> = positional.filter_map(|p| p.default.as_deref()).collect();
        if !defaults.is_empty() {
            let folded: Option<Vec<Constant>> =
                defaults.iter().map(|d| self.folder.constant(d)).collect();
            match folded {
                Some(values) => {
                    // The defaults are AST nodes; the tuple is the compiler's.
                    self.ast_constants.extend(values.iter().cloned());
                    self.load_const(Constant::Tuple(values))
                }
                None => {
                    for default in &defaults {
                        self.compile_expr(default)?;
                    }
                    let n = u32::try_from(defaults.len()).unwrap_or(u32::MAX);
                    self.emit(Instr::BuildTuple(n));
                }
            }
            flags.defaults = true;
        }
        let mut kwdefaults = 0;
        for param in params.kwonlyargs.iter() {
            if let Some(default) = &param.default {
                let name = mangle(self.unit().private.as_deref(), &param.parameter.name);
                self.load_const(Constant::Str(name));
                self.compile_expr(default)?;
                kwdefaults += 1;
            }
        }
        if kwdefaults > 0 {
            self.emit(Instr::BuildMap(kwdefaults));
            flags.kwdefaults = true;
        }
        Ok(flags)
    }

    /// Push the dict of a function's annotations, if it has any: the
    /// parameters' (in CPython 3.11's order: regular, positional-only,
    /// `*args`, keyword-only, `**kwargs`) and `return`, evaluated in the
    /// enclosing scope (CPython's `compiler_visit_annotations`).
    fn compile_annotations(
        &mut self,
        params: &'a Parameters,
        returns: Option<&'a Expr>,
    ) -> Result<bool> {
        let annotated = params
            .args
            .iter()
            .chain(params.posonlyargs.iter())
            .map(|p| &p.parameter)
            .chain(params.vararg.as_deref())
            .chain(params.kwonlyargs.iter().map(|p| &p.parameter))
            .chain(params.kwarg.as_deref())
            .filter_map(|p| Some((p.name.as_str(), p.annotation.as_deref()?)))
            .chain(returns.map(|r| ("return", r)));
        let mut n = 0u32;
        for (name, annotation) in annotated {
            let name = mangle(self.unit().private.as_deref(), name);
            self.load_const(Constant::Str(name));
            self.compile_annotation(annotation)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
        }
        Ok(n > 0)
    }

    /// Load the closure cells `code` needs (if any), then the code, and make
    /// the function (CPython's `compiler_make_closure`).
    fn make_closure(&mut self, code: Rc<CodeObject>, mut flags: MakeFunctionFlags) -> Result {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let index = self.closure_index(name)?;
                self.emit(Instr::LoadClosure(index));
            }
            let n = u32::try_from(code.freevars.len()).unwrap_or(u32::MAX);
            self.emit(Instr::BuildTuple(n));
            flags.closure = true;
        }
        self.load_const(Constant::Code(code));
        self.emit(Instr::MakeFunction(flags));
        Ok(())
    }

    /// Where the enclosing code keeps the cell for the inner code's free
    /// variable `name`: its own cell, or a free variable it got itself.
    fn closure_index(&self, name: &str) -> Result<u32> {
        let unit = self.unit();
        let own_cell = (unit.kind == ScopeKind::Class && name == "__class__")
            || self.scope().scope_of(name) == Some(NameScope::Cell);
        let position = if own_cell {
            unit.cellvars.iter().position(|c| c == name)
        } else {
            let free = unit.freevars.iter().position(|f| f == name);
            free.map(|i| i + unit.cellvars.len())
        };
        position
            .and_then(|i| u32::try_from(i).ok())
            .ok_or_else(|| self.internal_error(&format!("no closure cell for '{name}'")))
    }

    // ---- classes --------------------------------------------------------

    /// `class C(bases, **kw): body` is
    /// `C = __build_class__(<function of body>, 'C', *bases, **kw)`, with
    /// decorators applied to the result.
    pub(super) fn compile_class_def(&mut self, class: &'a ast::StmtClassDef) -> Result {
        for decorator in &class.decorator_list {
            self.compile_expr(&decorator.expression)?;
        }
        let first = class
            .decorator_list
            .first()
            .map_or(class.range, |d| d.range);
        let scope = self.scope_for(node_key(class), class.range)?;
        self.enter_unit(scope, ScopeKind::Class, &class.name, self.line_of(first));
        self.unit_mut().private = Some(class.name.to_string());
        self.compile_class_body(class)?;
        let code = self.finish_unit()?;
        self.set_loc(class.range);
        self.emit(Instr::LoadBuildClass);
        self.make_closure(code, MakeFunctionFlags::default())?;
        self.load_const(Constant::Str(class.name.to_string()));
        match &class.arguments {
            Some(arguments) => self.call_helper(2, arguments)?,
            None => self.emit(Instr::Call(2)),
        }
        for _ in &class.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.name_op(&class.name, Ctx::Store, class.name.range)
    }

    fn compile_class_body(&mut self, class: &'a ast::StmtClassDef) -> Result {
        let range = class.range;
        self.name_op("__name__", Ctx::Load, range)?;
        self.name_op("__module__", Ctx::Store, range)?;
        let qualname = self.unit().qualname.clone();
        self.load_const(Constant::Str(qualname));
        self.name_op("__qualname__", Ctx::Store, range)?;
        self.compile_body(&class.body)?;
        // A class whose methods use `super()` or `__class__` returns its
        // `__class__` cell (also stored as `__classcell__`) so that
        // `__build_class__` can fill it with the new class.
        if self.scope().needs_class_closure {
            let index = self.closure_index("__class__")?;
            self.emit(Instr::LoadClosure(index));
            self.emit(Instr::Copy(1));
            self.name_op("__classcell__", Ctx::Store, range)?;
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    // ---- comprehensions -------------------------------------------------

    /// `[elt for ...]` and friends: a nested function taking the outermost
    /// iterator as `.0`, called immediately (CPython 3.11's
    /// `compiler_comprehension`).
    pub(super) fn compile_comprehension(&mut self, expr: &'a Expr) -> Result {
        let (element, generators, name) = self.comprehension_parts(expr)?;
        let range = expr.range();
        let Some(outermost) = generators.first() else {
            return Err(self.internal_error("comprehension without generators"));
        };
        let scope = self.scope_for(comprehension_key(expr), range)?;
        let is_async = self.table.scope(scope).coroutine;
        let genexp = matches!(element, CompElement::Yield(_));
        if is_async
            && !genexp
            && !self.unit().flags.is_async()
            && self.unit().kind != ScopeKind::Comprehension
        {
            let msg = "asynchronous comprehension outside of an asynchronous function";
            return Err(self.error(msg, range));
        }
        self.enter_unit(scope, ScopeKind::Comprehension, name, self.line_of(range));
        self.set_loc(range);
        self.unit_mut().argcount = 1;
        if is_async {
            let flags = &mut self.unit_mut().flags;
            flags.generator = false;
            flags.coroutine = !genexp;
            flags.async_generator = genexp;
        }
        match element {
            CompElement::List(_) => self.emit(Instr::BuildList(0)),
            CompElement::Set(_) => self.emit(Instr::BuildSet(0)),
            CompElement::Dict(..) => self.emit(Instr::BuildMap(0)),
            CompElement::Yield(_) => {}
        }
        self.comprehension_generator(generators, 0, 0, element)?;
        if let CompElement::Yield(_) = element {
            self.load_const(Constant::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.finish_unit()?;
        self.make_closure(code, MakeFunctionFlags::default())?;
        self.compile_iterable(&outermost.iter)?;
        self.set_loc(range);
        self.emit(match outermost.is_async {
            true => Instr::GetAIter,
            false => Instr::GetIter,
        });
        self.emit(Instr::Call(1));
        if is_async && !genexp {
            self.await_top(0);
        }
        Ok(())
    }

    /// What a comprehension adds per iteration, its clauses and its name.
    fn comprehension_parts(
        &self,
        expr: &'a Expr,
    ) -> Result<(CompElement<'a>, &'a [Comprehension], &'static str)> {
        Ok(match expr {
            Expr::ListComp(c) => (CompElement::List(&c.elt), &c.generators, "<listcomp>"),
            Expr::SetComp(c) => (CompElement::Set(&c.elt), &c.generators, "<setcomp>"),
            Expr::Generator(c) => (CompElement::Yield(&c.elt), &c.generators, "<genexpr>"),
            Expr::DictComp(c) => match &c.key {
                Some(key) => (
                    CompElement::Dict(key, &c.value),
                    &c.generators,
                    "<dictcomp>",
                ),
                None => {
                    let msg = "dict unpacking cannot be used in dict comprehension";
                    return Err(self.error(msg, c.range));
                }
            },
            other => return Err(self.internal_error(&format!("not a comprehension: {other:?}"))),
        })
    }

    /// One `for ... in ... if ...` of a comprehension; `depth` counts the
    /// iterators on the stack above the result container.
    fn comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        element: CompElement<'a>,
    ) -> Result {
        let generator = &generators[index];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let looping = self.comprehension_iterator(generator, index)?;
        let depth = depth + u32::from(looping);
        if generator.is_async {
            // As `async for` (`compile_async_for`); `anchor` is the handler.
            self.bind(start);
            self.jump(Instr::SetupFinally, anchor);
            self.emit(Instr::GetANext);
            self.await_top(0);
            self.emit(Instr::PopBlock);
        } else if looping {
            self.bind(start);
            self.jump(Instr::ForIter, anchor);
        }
        self.compile_store(&generator.target)?;
        for condition in &generator.ifs {
            self.jump_if(condition, if_cleanup, false)?;
        }
        match generators.get(index + 1) {
            Some(next) => self.nested(next.range, |c| {
                c.comprehension_generator(generators, index + 1, depth, element)
            })?,
            None => self.comprehension_element(element, depth)?,
        }
        self.bind(if_cleanup);
        if looping {
            self.jump(Instr::Jump, start);
            self.bind(anchor);
        }
        if generator.is_async {
            self.set_loc(generator.range);
            self.emit(Instr::EndAsyncFor);
        }
        Ok(())
    }

    /// Push the iterator of a generator clause: the `.0` argument for the
    /// first. `for y in [f(x)]` needs no iterator and just binds `y`;
    /// returns whether there is a loop.
    fn comprehension_iterator(
        &mut self,
        generator: &'a Comprehension,
        index: usize,
    ) -> Result<bool> {
        if index == 0 {
            self.emit(Instr::LoadFast(0));
        } else if generator.is_async {
            self.compile_expr(&generator.iter)?;
            self.emit(Instr::GetAIter);
        } else if let Some(single) = self.single_item_iterable(&generator.iter) {
            self.compile_expr(single)?;
            return Ok(false);
        } else {
            self.compile_iterable(&generator.iter)?;
            self.emit(Instr::GetIter);
        }
        Ok(true)
    }

    /// Add one element to the container under `depth` iterators.
    fn comprehension_element(&mut self, element: CompElement<'a>, depth: u32) -> Result {
        match element {
            CompElement::List(elt) => {
                self.compile_expr(elt)?;
                self.emit(Instr::ListAppend(depth + 1));
            }
            CompElement::Set(elt) => {
                self.compile_expr(elt)?;
                self.emit(Instr::SetAdd(depth + 1));
            }
            CompElement::Dict(key, value) => {
                // Key before value, as in a dict display.
                self.compile_expr(key)?;
                self.compile_expr(value)?;
                self.emit(Instr::MapAdd(depth + 1));
            }
            CompElement::Yield(elt) => {
                self.compile_expr(elt)?;
                if self.unit().flags.async_generator {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::YieldValue);
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    /// The item of a one-item, non-constant list or tuple display.
    fn single_item_iterable(&mut self, iter: &'a Expr) -> Option<&'a Expr> {
        let elts = match iter {
            Expr::List(l) => &l.elts,
            Expr::Tuple(t) => &t.elts,
            _ => return None,
        };
        match &elts[..] {
            [only] if !only.is_starred_expr() && self.folder.constant(only).is_none() => Some(only),
            _ => None,
        }
    }
}
