//! Frame blocks and exception handling: `try`/`except`/`finally`, and the
//! unwinding that `return`, `break` and `continue` do when they leave
//! loops, `try` bodies and handlers (CPython's `compiler_unwind_fblock`).
//!
//! Stack layout of a handler, with `d` the depth at the `try`:
//!
//! ```text
//!     SetupFinally L_except          block remembers depth d
//!     <body>                         depth d
//!     PopBlock
//!     <else>
//!     Jump L_end
//! L_except:                          [exc]              (d+1)
//!     SetupFinally L_cleanup         block remembers d+1
//!     PushExcInfo                    [prev, exc]        (d+2)
//!     <E>; CheckExcMatch; PopJumpIfFalse L_next
//!     StoreFast e  /  PopTop         [prev]             (d+1)
//!     <handler body>
//!     PopBlock; PopExcept            []                 (d)
//!     Jump L_end
//! L_next: ...                        [prev, exc]
//!     Reraise                        re-raises exc into L_cleanup
//! L_cleanup:                         [prev, exc2]       (d+2)
//!     Swap 2; PopExcept; Reraise     restores prev, re-raises exc2
//! ```
//!
//! The cleanup block is pushed *before* `PushExcInfo`, so an exception
//! raised anywhere in the handler truncates the stack to `[prev]` and the
//! previously handled exception is always restored. A handler with
//! `as name` adds a second block around its body that clears `name` before
//! re-raising, as CPython's `try: ... finally: name = None; del name`.

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::TextRange;

use super::unit::Label;
use super::{Compiler, Ctx, Result};
use crate::bytecode::{Constant, Instr};

/// CPython's `CO_MAXBLOCKS`: how deep frame blocks may nest in one code
/// object.
const MAX_BLOCKS: usize = 20;

/// What an enclosing construct needs undone when control leaves it early.
#[derive(Debug, Clone)]
pub(crate) enum FBlock<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    /// The iterator is on the stack.
    ForLoop {
        start: Label,
        exit: Label,
    },
    /// Inside `try:` of a try/except: one block to pop.
    TryExcept,
    /// Inside `try:` of a try/finally: pop the block, run the finally body.
    FinallyTry {
        body: &'a [Stmt],
    },
    /// Running a finally body for an exception: `[prev, exc]` on the stack
    /// and the cleanup block pushed.
    FinallyEnd,
    /// Matching `except` clauses: nothing to undo (no statements run here).
    ExceptionHandler,
    /// Inside an except clause body: `[prev]` on the stack, the cleanup
    /// block pushed, and with `as name` one more block and the name to
    /// clear.
    HandlerCleanup {
        name: Option<&'a ast::Identifier>,
    },
    /// A value (a return value being carried through a finally body) sits
    /// on the stack.
    PopValue,
    /// Inside the `except*` clauses of a try statement, which `break`,
    /// `continue` and `return` may not leave.
    ExceptionGroupHandler,
    /// Inside a `with` body: `exit` (the bound `__exit__`) on the stack and
    /// the with-block pushed; leaving calls `exit(None, None, None)`.
    With {
        range: TextRange,
        /// `async with`: the `__aexit__` result is awaited.
        is_async: bool,
    },
}

impl<'a> Compiler<'a, '_, '_> {
    /// Enter a frame block (CPython's `compiler_push_fblock`, with its
    /// limit).
    pub(crate) fn push_fblock(&mut self, b: FBlock<'a>) -> Result {
        if self.unit().fblocks.len() >= MAX_BLOCKS {
            let range = self.unit().loc_range;
            return Err(self.error("too many statically nested blocks", range));
        }
        self.unit_mut().fblocks.push(b);
        Ok(())
    }

    /// Emit the code that leaves every frame block up to (not including)
    /// the innermost loop when `stop_at_loop`, or all of them. Returns that
    /// loop's block. With `preserve_tos`, the value on top of the stack (a
    /// return value) is kept there.
    pub(super) fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
        range: TextRange,
    ) -> Result<Option<FBlock<'a>>> {
        let Some(top) = self.unit().fblocks.last().cloned() else {
            return Ok(None);
        };
        if let FBlock::ExceptionGroupHandler = top {
            let msg = "'break', 'continue' and 'return' cannot appear in an except* block";
            return Err(self.error(msg, range));
        }
        if stop_at_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        // The block is popped while its unwinding code is generated, so a
        // `return` inside an inlined finally body does not run it again.
        self.unit_mut().fblocks.pop();
        let result = self
            .unwind_fblock(&top, preserve_tos)
            .and_then(|()| self.unwind_fblock_stack(preserve_tos, stop_at_loop, range));
        self.unit_mut().fblocks.push(top);
        result
    }

    pub(super) fn unwind_fblock(&mut self, block: &FBlock<'a>, preserve_tos: bool) -> Result {
        match block {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler | FBlock::ExceptionGroupHandler => {
            }
            FBlock::With { range, is_async } => {
                self.set_loc(*range);
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit_with_nones(*is_async);
                self.emit(Instr::PopTop);
            }
            FBlock::ForLoop { .. } | FBlock::PopValue => self.pop_under_tos(preserve_tos),
            FBlock::TryExcept => self.emit(Instr::PopBlock),
            FBlock::FinallyTry { body } => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue)?;
                }
                self.compile_stmts(body)?;
                if preserve_tos {
                    self.unit_mut().fblocks.pop();
                }
            }
            FBlock::FinallyEnd => {
                self.pop_under_tos(preserve_tos);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopExcept);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Instr::PopBlock);
                }
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopExcept);
                if let Some(name) = name {
                    self.clear_name(name)?;
                }
            }
        }
        Ok(())
    }

    /// Pop the item under the top of stack if `preserve_tos`, else the top.
    fn pop_under_tos(&mut self, preserve_tos: bool) {
        if preserve_tos {
            self.emit(Instr::Swap(2));
        }
        self.emit(Instr::PopTop);
    }

    /// `name = None; del name`: an `except ... as name` target does not
    /// outlive its handler.
    fn clear_name(&mut self, name: &ast::Identifier) -> Result {
        self.load_const(Constant::None);
        self.name_op(name, Ctx::Store, name.range)?;
        self.name_op(name, Ctx::Del, name.range)
    }

    pub(super) fn compile_try(&mut self, s: &'a ast::StmtTry) -> Result {
        if s.finalbody.is_empty() {
            self.compile_try_except(s)
        } else {
            self.compile_try_finally(s)
        }
    }

    /// try/finally (with the try/except inside it when there are handlers).
    fn compile_try_finally(&mut self, s: &'a ast::StmtTry) -> Result {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.jump(Instr::SetupFinally, handler);
        self.push_fblock(FBlock::FinallyTry { body: &s.finalbody })?;
        if s.handlers.is_empty() {
            self.compile_stmts(&s.body)?;
        } else {
            self.compile_try_except(s)?;
        }
        self.unit_mut().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.compile_stmts(&s.finalbody)?;
        self.jump(Instr::Jump, exit);

        // The exceptional path: run the finally body, then re-raise with
        // the cleanup block still in place so `prev` is restored.
        self.bind(handler);
        self.set_loc(s.range);
        self.jump(Instr::SetupFinally, cleanup);
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlock::FinallyEnd)?;
        self.compile_stmts(&s.finalbody)?;
        self.unit_mut().fblocks.pop();
        self.emit(Instr::Reraise);
        self.emit_cleanup(cleanup);
        self.bind(exit);
        Ok(())
    }

    fn compile_try_except(&mut self, s: &'a ast::StmtTry) -> Result {
        if s.is_star {
            return self.compile_try_star(s);
        }
        let except = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.jump(Instr::SetupFinally, except);
        self.push_fblock(FBlock::TryExcept)?;
        self.compile_stmts(&s.body)?;
        self.unit_mut().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.compile_stmts(&s.orelse)?;
        self.jump(Instr::Jump, end);

        self.bind(except);
        self.jump(Instr::SetupFinally, cleanup);
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlock::ExceptionHandler)?;
        let count = s.handlers.len();
        for (i, handler) in s.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = handler;
            self.set_loc(h.range);
            if h.type_.is_none() && i + 1 < count {
                return Err(self.error("default 'except:' must be last", h.range));
            }
            self.compile_handler(h, end)?;
        }
        self.unit_mut().fblocks.pop();
        self.emit(Instr::Reraise);
        self.emit_cleanup(cleanup);
        self.bind(end);
        Ok(())
    }

    /// try/except* (CPython 3.11's `compiler_try_star_except`):
    ///
    /// ```text
    ///     SetupFinally L_except; <body>; PopBlock; <orelse>; Jump L_end
    /// L_except:                            [exc]
    ///     SetupFinally L_cleanup; PushExcInfo; BuildList 0; Copy 2
    ///                                      [prev, orig, raised, rest]
    ///   each clause:
    ///     <E>; CheckEgMatch                [prev, orig, raised, rest, match]
    ///     Copy 1; None; IsOp; PopJumpIfTrue L_no_match
    ///     <store name> / PopTop            [prev, orig, raised, rest]
    ///     SetupFinally L_raised; <body>; PopBlock; <clear name>; Jump L_next
    /// L_raised:                            [..., rest, exc2]
    ///     <clear name>; ListAppend 2; Jump L_next
    /// L_no_match:
    ///     PopTop
    /// L_next:
    ///   after the last:
    ///     ListAppend 1; PrepReraiseStar    [prev, exc3 or None]
    ///     Copy 1; None; IsOp; PopJumpIfFalse L_reraise
    ///     PopTop; PopBlock; PopExcept; Jump L_end
    /// L_reraise:
    ///     PopBlock; Swap 2; PopExcept; Reraise
    /// L_cleanup:
    ///     Swap 2; PopExcept; Reraise
    /// ```
    fn compile_try_star(&mut self, s: &'a ast::StmtTry) -> Result {
        let (except, cleanup, reraise, end) = (
            self.new_label(),
            self.new_label(),
            self.new_label(),
            self.new_label(),
        );
        self.jump(Instr::SetupFinally, except);
        self.push_fblock(FBlock::TryExcept)?;
        self.compile_stmts(&s.body)?;
        self.unit_mut().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.compile_stmts(&s.orelse)?;
        self.jump(Instr::Jump, end);

        self.bind(except);
        self.jump(Instr::SetupFinally, cleanup);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::BuildList(0));
        self.emit(Instr::Copy(2));
        self.push_fblock(FBlock::ExceptionGroupHandler)?;
        for handler in &s.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = handler;
            self.set_loc(h.range);
            let (no_match, raised, next) = (self.new_label(), self.new_label(), self.new_label());
            let Some(kind) = &h.type_ else {
                return Err(self.error("expected one or more exception types", h.range));
            };
            self.compile_expr(kind)?;
            self.set_loc(h.range);
            self.emit(Instr::CheckEgMatch);
            self.emit(Instr::Copy(1));
            self.load_const(Constant::None);
            self.emit(Instr::IsOp(false));
            self.jump(Instr::PopJumpIfTrue, no_match);
            match &h.name {
                Some(name) => self.name_op(name, Ctx::Store, name.range)?,
                None => self.emit(Instr::PopTop),
            }
            self.jump(Instr::SetupFinally, raised);
            self.compile_stmts(&h.body)?;
            self.emit(Instr::PopBlock);
            if let Some(name) = &h.name {
                self.clear_name(name)?;
            }
            self.jump(Instr::Jump, next);
            self.bind(raised);
            if let Some(name) = &h.name {
                self.clear_name(name)?;
            }
            self.emit(Instr::ListAppend(2));
            self.jump(Instr::Jump, next);
            self.bind(no_match);
            self.emit(Instr::PopTop);
            self.bind(next);
        }
        self.unit_mut().fblocks.pop();
        self.set_loc(s.range);
        self.emit(Instr::ListAppend(1));
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Copy(1));
        self.load_const(Constant::None);
        self.emit(Instr::IsOp(false));
        self.jump(Instr::PopJumpIfFalse, reraise);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        self.jump(Instr::Jump, end);
        self.bind(reraise);
        self.emit(Instr::PopBlock);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.emit_cleanup(cleanup);
        self.bind(end);
        Ok(())
    }

    /// One `except [E [as name]]:` clause; falls through to the next clause
    /// when `E` does not match.
    fn compile_handler(&mut self, h: &'a ast::ExceptHandlerExceptHandler, end: Label) -> Result {
        let next = self.new_label();
        if let Some(kind) = &h.type_ {
            self.compile_expr(kind)?;
            self.set_loc(h.range);
            self.emit(Instr::CheckExcMatch);
            self.jump(Instr::PopJumpIfFalse, next);
        }
        match &h.name {
            Some(name) => {
                let cleanup_body = self.new_label();
                self.name_op(name, Ctx::Store, name.range)?;
                self.jump(Instr::SetupFinally, cleanup_body);
                self.push_fblock(FBlock::HandlerCleanup { name: Some(name) })?;
                self.compile_stmts(&h.body)?;
                self.unit_mut().fblocks.pop();
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopExcept);
                self.clear_name(name)?;
                self.jump(Instr::Jump, end);
                // An exception in the body: clear the name, then re-raise
                // into the outer cleanup block.
                self.bind(cleanup_body);
                self.clear_name(name)?;
                self.emit(Instr::Reraise);
            }
            None => {
                self.emit(Instr::PopTop);
                self.push_fblock(FBlock::HandlerCleanup { name: None })?;
                self.compile_stmts(&h.body)?;
                self.unit_mut().fblocks.pop();
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopExcept);
                self.jump(Instr::Jump, end);
            }
        }
        self.bind(next);
        Ok(())
    }

    /// `with a as x, b: body` (CPython 3.11's `compiler_with`), one item
    /// at a time, innermost last:
    ///
    /// ```text
    ///     <a>; BeforeWith                [exit, res]
    ///     SetupWith L_final              block remembers [exit]
    ///     StoreFast x / PopTop           [exit]
    ///     <the next item, or the body>
    ///     PopBlock; exit(None, None, None); PopTop
    ///     Jump L_end
    /// L_final:                           [exit, exc]
    ///     SetupFinally L_cleanup; PushExcInfo            [exit, prev, exc]
    ///     WithExceptStart; PopJumpIfTrue L_suppress      [exit, prev, exc]
    ///     Reraise                        into L_cleanup
    /// L_suppress:
    ///     PopTop; PopBlock; PopExcept; PopTop            []
    ///     Jump L_end
    /// L_cleanup:                         [exit, prev, exc2]
    ///     Swap 2; PopExcept; Swap 2; PopTop; Reraise     restores prev
    /// ```
    pub(super) fn compile_with(&mut self, s: &'a ast::StmtWith, index: usize) -> Result {
        let item = &s.items[index];
        let (finally, cleanup, suppress, end) = (
            self.new_label(),
            self.new_label(),
            self.new_label(),
            self.new_label(),
        );
        self.compile_expr(&item.context_expr)?;
        self.set_loc(item.range);
        if s.is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.await_top(1);
        } else {
            self.emit(Instr::BeforeWith);
        }
        self.jump(Instr::SetupWith, finally);
        self.push_fblock(FBlock::With {
            range: s.range,
            is_async: s.is_async,
        })?;
        match &item.optional_vars {
            Some(target) => self.compile_store(target)?,
            None => self.emit(Instr::PopTop),
        }
        if index + 1 < s.items.len() {
            self.compile_with(s, index + 1)?;
        } else {
            self.compile_stmts(&s.body)?;
        }
        self.unit_mut().fblocks.pop();
        self.set_loc(s.range);
        self.emit(Instr::PopBlock);
        self.call_exit_with_nones(s.is_async);
        self.emit(Instr::PopTop);
        self.jump(Instr::Jump, end);

        self.bind(finally);
        self.set_loc(item.range);
        self.jump(Instr::SetupFinally, cleanup);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::WithExceptStart);
        if s.is_async {
            self.await_top(2);
        }
        self.jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.jump(Instr::Jump, end);

        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    /// `[exit] -> [exit(None, None, None)]`, awaited for `async with`.
    fn call_exit_with_nones(&mut self, is_async: bool) {
        self.emit(Instr::WithExitCall);
        if is_async {
            self.await_top(2);
        }
    }

    /// `L_cleanup: [prev, exc] -> Swap 2; PopExcept; Reraise`.
    fn emit_cleanup(&mut self, cleanup: Label) {
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
    }
}
