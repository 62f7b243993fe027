//! Constant folding, as CPython 3.11's `Python/ast_opt.c`.
//!
//! Instead of rewriting the AST, the folder answers "what constant does this
//! expression evaluate to, if any?" and memoizes the answer per node, so the
//! code generator can ask about every node it visits in linear total time.
//! What folds:
//!
//! * literals, and `__debug__` (always `True`: ouro has no `-O`);
//! * unary `-`, `+`, `~`, `not` of a constant;
//! * binary operators on constant operands (see [`arith`] for the limits);
//! * tuples whose items are all constant;
//! * `constant[constant]` (`"abc"[1]`).
//!
//! The list-to-tuple rewrites of `x in [..]` and `for x in [..]` depend on
//! the context of the list and are done by the code generator with
//! [`Folder::list_as_tuple`].

pub(crate) mod arith;

use crate::HashMap;

use num_bigint::BigInt;
use ruff_python_ast::{Expr, ExprContext, Number};

use crate::bytecode::Constant;
use crate::symtable::node_key;

/// Memoizing constant evaluator over the AST.
#[derive(Default)]
pub(crate) struct Folder {
    memo: HashMap<usize, Option<Constant>>,
}

impl Folder {
    /// The constant `expr` folds to, or `None` if it must be computed at
    /// run time.
    pub fn constant(&mut self, expr: &Expr) -> Option<Constant> {
        if let Some(literal) = literal(expr) {
            return literal;
        }
        let key = node_key(expr);
        if let Some(known) = self.memo.get(&key) {
            return known.clone();
        }
        let value = crate::stack_guard::with_stack(|| self.compute(expr));
        self.memo.insert(key, value.clone());
        value
    }

    fn compute(&mut self, expr: &Expr) -> Option<Constant> {
        match expr {
            Expr::UnaryOp(e) => {
                let operand = self.constant(&e.operand)?;
                arith::unary(e.op, &operand)
            }
            Expr::BinOp(e) => {
                let left = self.constant(&e.left);
                let right = self.constant(&e.right);
                arith::binary(e.op, &left?, &right?)
            }
            Expr::Tuple(t) if t.ctx == ExprContext::Load => self.all_constant(&t.elts),
            Expr::Subscript(s) if s.ctx == ExprContext::Load => {
                let value = self.constant(&s.value);
                let index = self.constant(&s.slice);
                arith::subscript(&value?, &index?)
            }
            _ => None,
        }
    }

    /// A tuple constant of `elts` if every one of them is constant.
    pub fn all_constant(&mut self, elts: &[Expr]) -> Option<Constant> {
        // Evaluate every item (not just up to the first non-constant one) so
        // the memo covers them all.
        let items: Vec<Option<Constant>> = elts.iter().map(|e| self.constant(e)).collect();
        items
            .into_iter()
            .collect::<Option<Vec<_>>>()
            .map(Constant::Tuple)
    }

    /// `for x in [1, 2]` and `x in [1, 2]`: CPython turns such a list into a
    /// tuple, which is a constant when all its items are.
    pub fn list_as_tuple(&mut self, expr: &Expr) -> Option<Constant> {
        match expr {
            Expr::List(list) => self.all_constant(&list.elts),
            _ => None,
        }
    }
}

/// The value of a literal node; `Some(None)` for a literal that cannot be
/// represented (never happens today), `None` for a non-literal.
fn literal(expr: &Expr) -> Option<Option<Constant>> {
    let value = match expr {
        Expr::NumberLiteral(n) => number(&n.value),
        Expr::StringLiteral(s) => Some(Constant::Str(s.value.to_str().to_string())),
        Expr::BytesLiteral(b) => Some(Constant::Bytes(b.value.bytes().collect())),
        Expr::BooleanLiteral(b) => Some(Constant::Bool(b.value)),
        Expr::NoneLiteral(_) => Some(Constant::None),
        Expr::EllipsisLiteral(_) => Some(Constant::Ellipsis),
        Expr::Name(n) if n.ctx == ExprContext::Load && n.id.as_str() == "__debug__" => {
            Some(Constant::Bool(true))
        }
        _ => return None,
    };
    Some(value)
}

fn number(n: &Number) -> Option<Constant> {
    match n {
        Number::Int(i) => match i.as_u64() {
            Some(small) => Some(Constant::Int(BigInt::from(small))),
            None => parse_big_int(&i.to_string()).map(Constant::Int),
        },
        Number::Float(f) => Some(Constant::Float(*f)),
        Number::Complex { real, imag } => Some(Constant::Complex {
            real: *real,
            imag: *imag,
        }),
    }
}

/// Parse an integer token too large for `u64` (the parser keeps those as
/// text, possibly with a `0x`/`0o`/`0b` prefix and `_` separators).
fn parse_big_int(token: &str) -> Option<BigInt> {
    let digits: String = token.chars().filter(|&c| c != '_').collect();
    let lower = digits.to_ascii_lowercase();
    let (radix, body) = match lower.get(..2) {
        Some("0x") => (16, &lower[2..]),
        Some("0o") => (8, &lower[2..]),
        Some("0b") => (2, &lower[2..]),
        _ => (10, lower.as_str()),
    };
    BigInt::parse_bytes(body.as_bytes(), radix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_int_tokens() {
        let parse = |s| parse_big_int(s).map(|i| i.to_string());
        assert_eq!(
            parse("0xFFFF_FFFF_FFFF_FFFF_F").as_deref(),
            Some("295147905179352825855")
        );
        assert_eq!(
            parse("123456789012345678901234567890").as_deref(),
            Some("123456789012345678901234567890")
        );
        assert_eq!(parse("0b1").as_deref(), Some("1"));
    }
}
