//! Assignment and `del` targets: names, attributes, subscripts, and
//! (nested, possibly starred) tuple/list unpacking.

use ruff_python_ast::Expr;
use ruff_text_size::{Ranged, TextRange};

use super::{Compiler, Ctx, Result};
use crate::bytecode::Instr;
use crate::parse::describe_expr;

impl<'a> Compiler<'a, '_, '_> {
    /// Store the value on top of the stack into `target`.
    pub(super) fn compile_store(&mut self, target: &'a Expr) -> Result {
        self.nested(target.range(), |c| {
            let saved = c.unit().loc;
            c.set_loc(target.range());
            let result = c.compile_store_inner(target);
            c.unit_mut().loc = saved;
            result
        })
    }

    fn compile_store_inner(&mut self, target: &'a Expr) -> Result {
        match target {
            Expr::Name(n) => self.name_op(&n.id, Ctx::Store, n.range),
            Expr::Attribute(a) => {
                self.check_bindable(&a.attr, a.range)?;
                self.compile_expr(&a.value)?;
                self.set_loc(a.range);
                let i = self.name_index(&a.attr);
                self.emit(Instr::StoreAttr(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.emit(Instr::StoreSubscr);
                Ok(())
            }
            Expr::Tuple(t) => self.compile_unpack(&t.elts, t.range),
            Expr::List(l) => self.compile_unpack(&l.elts, l.range),
            Expr::Starred(s) => Err(self.error(
                "starred assignment target must be in a list or tuple",
                s.range,
            )),
            other => {
                let msg = format!("cannot assign to {}", describe_expr(other));
                Err(self.error(msg, other.range()))
            }
        }
    }

    /// Unpack the value on top of the stack into `elts`, left to right; one
    /// of them may be starred (CPython's `unpack_helper`).
    fn compile_unpack(&mut self, elts: &'a [Expr], range: TextRange) -> Result {
        let n = elts.len();
        let mut star = None;
        for (i, elt) in elts.iter().enumerate() {
            if elt.is_starred_expr() {
                if star.is_some() {
                    let msg = "multiple starred expressions in assignment";
                    return Err(self.error(msg, range));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                if i >= 1 << 8 || n - i > (i32::MAX >> 8) as usize {
                    let msg = "too many expressions in star-unpacking assignment";
                    return Err(self.error(msg, elts[i].range()));
                }
                let before = u32::try_from(i).unwrap_or(u32::MAX);
                let after = u32::try_from(n - i - 1).unwrap_or(u32::MAX);
                self.emit(Instr::UnpackEx { before, after });
            }
            None => self.emit(Instr::UnpackSequence(u32::try_from(n).unwrap_or(u32::MAX))),
        }
        for elt in elts {
            match elt {
                Expr::Starred(s) => self.compile_store(&s.value)?,
                other => self.compile_store(other)?,
            }
        }
        Ok(())
    }

    /// `del target`.
    pub(super) fn compile_delete(&mut self, target: &'a Expr) -> Result {
        self.nested(target.range(), |c| c.compile_delete_inner(target))
    }

    fn compile_delete_inner(&mut self, target: &'a Expr) -> Result {
        self.set_loc(target.range());
        match target {
            Expr::Name(n) => self.name_op(&n.id, Ctx::Del, n.range),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.set_loc(a.range);
                let i = self.name_index(&a.attr);
                self.emit(Instr::DeleteAttr(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
                Ok(())
            }
            Expr::Tuple(t) => t.elts.iter().try_for_each(|e| self.compile_delete(e)),
            Expr::List(l) => l.elts.iter().try_for_each(|e| self.compile_delete(e)),
            other => {
                let msg = format!("cannot delete {}", describe_expr(other));
                Err(self.error(msg, other.range()))
            }
        }
    }
}
