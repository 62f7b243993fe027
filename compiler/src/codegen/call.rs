//! Calls and container displays.
//!
//! Calls take one of three shapes (CPython's `compiler_call_helper` and
//! `maybe_optimize_method_call`):
//!
//! * `o.m(a, k=b)`: `o; LoadMethod m; a; b; LoadConst ('k',); CallMethodKw 2`;
//! * `f(a, k=b)`: `f; a; b; LoadConst ('k',); CallKw 2` (`Call n` without
//!   keywords);
//! * with `*args` or `**kwargs` (or very many arguments): the positional
//!   arguments are collected into a tuple and the keywords into a dict, then
//!   `CallFunctionEx`.
//!
//! Displays (`[..]`, `{..}`, `(..)`) with starred items, or with more items
//! than [`STACK_USE_GUIDELINE`], are built incrementally.

use crate::HashSet;

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Compiler, Result, STACK_USE_GUIDELINE};
use crate::bytecode::{Constant, Instr};

/// Which container a display builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Seq {
    List,
    Set,
    /// Built as a list and converted when it cannot go on the stack whole.
    Tuple,
}

impl Seq {
    fn build(self, n: u32) -> Instr {
        match self {
            Seq::List | Seq::Tuple => Instr::BuildList(n),
            Seq::Set => Instr::BuildSet(n),
        }
    }

    fn add(self) -> Instr {
        match self {
            Seq::List | Seq::Tuple => Instr::ListAppend(1),
            Seq::Set => Instr::SetAdd(1),
        }
    }

    fn extend(self) -> Instr {
        match self {
            Seq::List | Seq::Tuple => Instr::ListExtend(1),
            Seq::Set => Instr::SetUpdate(1),
        }
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl<'a> Compiler<'a, '_, '_> {
    pub(super) fn compile_call(&mut self, call: &'a ast::ExprCall) -> Result {
        self.check_caller(call);
        for k in call.arguments.keywords.iter() {
            if let Some(arg) = &k.arg {
                self.check_bindable(arg, call.range())?;
            }
        }
        if self.try_method_call(call)? {
            return Ok(());
        }
        self.compile_expr(&call.func)?;
        self.call_helper(0, &call.arguments)
    }

    /// `obj.name(args)` as LoadMethod + CallMethod when the arguments are
    /// plain; returns whether it did.
    fn try_method_call(&mut self, call: &'a ast::ExprCall) -> Result<bool> {
        let Expr::Attribute(attr) = &*call.func else {
            return Ok(false);
        };
        let args = &call.arguments;
        let nkw = args.keywords.len();
        if args.args.len() + nkw + usize::from(nkw != 0) >= STACK_USE_GUIDELINE
            || args.args.iter().any(Expr::is_starred_expr)
            || args.keywords.iter().any(|k| k.arg.is_none())
        {
            return Ok(false);
        }
        self.validate_keywords(args)?;
        self.compile_expr(&attr.value)?;
        self.set_loc(attr.range);
        let i = self.name_index(&attr.attr);
        self.emit(Instr::LoadMethod(i));
        for arg in args.args.iter() {
            self.compile_expr(arg)?;
        }
        let n = count(args.args.len() + nkw);
        if nkw != 0 {
            self.compile_keyword_values(args)?;
        }
        // The call's own position is the whole call, as CPython's CALL.
        self.set_loc(call.range());
        self.emit(if nkw == 0 {
            Instr::CallMethod(n)
        } else {
            Instr::CallMethodKw(n)
        });
        Ok(true)
    }

    /// Keyword argument values, then the tuple of their names.
    fn compile_keyword_values(&mut self, args: &'a ast::Arguments) -> Result {
        let mut names = Vec::with_capacity(args.keywords.len());
        for keyword in args.keywords.iter() {
            self.compile_expr(&keyword.value)?;
            let name = keyword.arg.as_ref().map_or("", |a| a.as_str());
            names.push(Constant::Str(name.to_string()));
        }
        self.load_const(Constant::Tuple(names));
        Ok(())
    }

    /// A keyword given twice is a SyntaxError.
    fn validate_keywords(&self, args: &ast::Arguments) -> Result {
        let mut seen = HashSet::default();
        for keyword in args.keywords.iter() {
            if let Some(name) = &keyword.arg {
                if !seen.insert(name.as_str()) {
                    let msg = format!("keyword argument repeated: {}", name.as_str());
                    return Err(self.error(msg, keyword.range));
                }
            }
        }
        Ok(())
    }

    /// Finish a call whose callable and first `pushed` arguments are
    /// already on the stack.
    pub(super) fn call_helper(&mut self, pushed: u32, args: &'a ast::Arguments) -> Result {
        self.validate_keywords(args)?;
        let nargs = args.args.len();
        let nkw = args.keywords.len();
        let needs_ex = nargs + 2 * nkw > STACK_USE_GUIDELINE
            || args.args.iter().any(Expr::is_starred_expr)
            || args.keywords.iter().any(|k| k.arg.is_none());
        if needs_ex {
            return self.call_ex(pushed, args);
        }
        for arg in args.args.iter() {
            self.compile_expr(arg)?;
        }
        let n = pushed + count(nargs + nkw);
        if nkw == 0 {
            self.emit(Instr::Call(n));
        } else {
            self.compile_keyword_values(args)?;
            self.emit(Instr::CallKw(n));
        }
        Ok(())
    }

    /// `f(*a, **k)`: positional arguments as one tuple, keywords merged
    /// into one dict (a repeated key is a TypeError at run time).
    fn call_ex(&mut self, pushed: u32, args: &'a ast::Arguments) -> Result {
        match &*args.args {
            // `f(*x)`: x itself, which `CallFunctionEx` makes a tuple of
            // unless it is one (CPython 3.11's `compiler_call_helper`).
            [Expr::Starred(star)] if pushed == 0 => self.compile_expr(&star.value)?,
            _ => self.compile_sequence(&args.args, pushed, Seq::Tuple)?,
        }
        let keywords = &args.keywords;
        let mut have_dict = false;
        let mut pending = 0;
        for (i, keyword) in keywords.iter().enumerate() {
            if keyword.arg.is_some() {
                pending += 1;
                continue;
            }
            if pending > 0 {
                self.compile_subkwargs(&keywords[i - pending..i])?;
                if have_dict {
                    self.emit(Instr::DictMerge(1));
                }
                have_dict = true;
                pending = 0;
            }
            if !have_dict {
                self.emit(Instr::BuildMap(0));
                have_dict = true;
            }
            self.compile_expr(&keyword.value)?;
            self.emit(Instr::DictMerge(1));
        }
        if pending > 0 {
            self.compile_subkwargs(&keywords[keywords.len() - pending..])?;
            if have_dict {
                self.emit(Instr::DictMerge(1));
            }
            have_dict = true;
        }
        self.emit(Instr::CallFunctionEx {
            has_kwargs: have_dict,
        });
        Ok(())
    }

    /// A dict of named keyword arguments.
    fn compile_subkwargs(&mut self, keywords: &'a [ast::Keyword]) -> Result {
        for keyword in keywords {
            let name = keyword.arg.as_ref().map_or("", |a| a.as_str());
            self.load_const(Constant::Str(name.to_string()));
            self.compile_expr(&keyword.value)?;
        }
        self.emit(Instr::BuildMap(count(keywords.len())));
        Ok(())
    }

    /// A list, set or tuple display, or the positional arguments of an
    /// `f(*args)` call, after `pushed` items already on the stack
    /// (CPython's `starunpack_helper`).
    pub(super) fn compile_sequence(&mut self, elts: &'a [Expr], pushed: u32, seq: Seq) -> Result {
        let n = elts.len();
        if n > 2 {
            if let Some(folded) = self.folder.all_constant(elts) {
                // The items are AST nodes; the tuple is the compiler's.
                if let Constant::Tuple(items) = &folded {
                    self.ast_constants.extend(items.iter().cloned());
                }
                if seq == Seq::Tuple && pushed == 0 {
                    self.load_const(folded);
                } else if let (Seq::Set, Constant::Tuple(items)) = (seq, &folded) {
                    // A frozenset constant, merged into the new set as
                    // CPython's `set_merge` does (its table order).
                    self.emit(seq.build(pushed));
                    self.load_const(Constant::FrozenSet(items.clone()));
                    self.emit(seq.extend());
                } else {
                    self.emit(seq.build(pushed));
                    self.load_const(folded);
                    self.emit(seq.extend());
                    if seq == Seq::Tuple {
                        self.emit(Instr::ListToTuple);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let starred = elts.iter().any(Expr::is_starred_expr);
        if !starred && !big {
            for elt in elts {
                self.compile_expr(elt)?;
            }
            let total = pushed + count(n);
            self.emit(match seq {
                Seq::Tuple => Instr::BuildTuple(total),
                _ => seq.build(total),
            });
            return Ok(());
        }
        self.compile_sequence_incrementally(elts, pushed, seq, big)
    }

    fn compile_sequence_incrementally(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        seq: Seq,
        big: bool,
    ) -> Result {
        let mut built = false;
        if big {
            self.emit(seq.build(pushed));
            built = true;
        }
        for (i, elt) in elts.iter().enumerate() {
            if let Expr::Starred(star) = elt {
                if !built {
                    self.emit(seq.build(pushed + count(i)));
                    built = true;
                }
                self.compile_expr(&star.value)?;
                self.emit(seq.extend());
            } else {
                self.compile_expr(elt)?;
                if built {
                    self.emit(seq.add());
                }
            }
        }
        if seq == Seq::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    /// `{k: v, **m}` (CPython's `compiler_dict`): runs of `k: v` pairs are
    /// built with BuildMap and merged into the first dict with DictUpdate.
    pub(super) fn compile_dict(&mut self, e: &'a ast::ExprDict) -> Result {
        let items = &e.items;
        let mut have_dict = false;
        let mut pending = 0;
        for (i, item) in items.iter().enumerate() {
            if item.key.is_none() {
                if pending > 0 {
                    self.compile_subdict(&items[i - pending..i], &mut have_dict)?;
                    pending = 0;
                }
                if !have_dict {
                    self.emit(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.compile_expr(&item.value)?;
                self.emit(Instr::DictUpdate(1));
            } else if pending * 2 > STACK_USE_GUIDELINE {
                self.compile_subdict(&items[i - pending..=i], &mut have_dict)?;
                pending = 0;
            } else {
                pending += 1;
            }
        }
        if pending > 0 {
            self.compile_subdict(&items[items.len() - pending..], &mut have_dict)?;
        }
        if !have_dict {
            self.emit(Instr::BuildMap(0));
        }
        Ok(())
    }

    fn compile_subdict(&mut self, items: &'a [ast::DictItem], have_dict: &mut bool) -> Result {
        for item in items {
            if let Some(key) = &item.key {
                self.compile_expr(key)?;
            }
            self.compile_expr(&item.value)?;
        }
        self.emit(Instr::BuildMap(count(items.len())));
        if *have_dict {
            self.emit(Instr::DictUpdate(1));
        }
        *have_dict = true;
        Ok(())
    }

    /// The iterable of a `for` (and the container of `in`): a list display
    /// is built as a tuple, a constant one loaded whole (CPython's
    /// fold_iter).
    pub(super) fn compile_iterable(&mut self, expr: &'a Expr) -> Result {
        // A set display of constants is a frozenset constant (CPython's
        // `fold_iter`): `x in {1, 2}` builds no set.
        if let Expr::Set(set) = expr {
            if let Some(Constant::Tuple(items)) = self.folder.all_constant(&set.elts) {
                return self.nested(expr.range(), |c| {
                    let saved = c.unit().loc;
                    c.set_loc(set.range);
                    c.load_ast_const(Constant::FrozenSet(items));
                    c.unit_mut().loc = saved;
                    Ok(())
                });
            }
            return self.compile_expr(expr);
        }
        let Expr::List(list) = expr else {
            return self.compile_expr(expr);
        };
        if list.elts.iter().any(Expr::is_starred_expr) {
            return self.compile_expr(expr);
        }
        self.nested(expr.range(), |c| {
            let saved = c.unit().loc;
            c.set_loc(list.range);
            let result = match c.folder.list_as_tuple(expr) {
                Some(folded) => {
                    c.load_ast_const(folded);
                    Ok(())
                }
                None => c.compile_sequence(&list.elts, 0, Seq::Tuple),
            };
            c.unit_mut().loc = saved;
            result
        })
    }
}
