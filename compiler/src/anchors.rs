//! Caret anchors for tracebacks: where, inside the failing expression of a
//! traceback line, the operator (`~~^~~`) or the subscript (`~~^^^^`) is —
//! CPython 3.11's `_extract_caret_anchors_from_line_segment`.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

/// For the source text of one failing expression, the character offsets
/// (within `segment`) where the `^` part starts and ends, or `None` when
/// the whole expression is marked with `^`.
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let body = &parsed.syntax().body;
    let [Stmt::Expr(stmt)] = body.as_slice() else {
        return None;
    };
    let chars = |byte: usize| segment.get(..byte).map_or(0, |s| s.chars().count());
    match &*stmt.value {
        Expr::BinOp(b) => {
            let left_end = b.left.range().end().to_usize();
            let right_start = b.right.range().start().to_usize();
            let between = segment.get(left_end..right_start)?;
            let offset = between.len() - between.trim_start().len();
            let mut left = left_end + offset;
            let mut right = left + 1;
            if between[offset..]
                .chars()
                .nth(1)
                .is_some_and(|c| !c.is_whitespace())
            {
                right += 1;
            }
            let bytes = segment.as_bytes();
            while left < bytes.len()
                && (bytes[left].is_ascii_whitespace() || bytes[left] == b')' || bytes[left] == b'#')
            {
                left += 1;
                right += 1;
            }
            Some((chars(left), chars(right)))
        }
        Expr::Subscript(s) => {
            let bytes = segment.as_bytes();
            let mut left = s.value.range().end().to_usize();
            let mut right = s.slice.range().end().to_usize() + 1;
            while left < bytes.len() && bytes[left] != b'[' {
                left += 1;
            }
            while right < bytes.len() && bytes[right] != b']' {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            Some((chars(left), chars(right.min(bytes.len()))))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::caret_anchors;

    #[test]
    fn binary_operator_is_the_anchor() {
        assert_eq!(caret_anchors("1/0"), Some((1, 2)));
        assert_eq!(caret_anchors("a // b"), Some((2, 4)));
    }

    #[test]
    fn subscript_brackets_are_the_anchor() {
        assert_eq!(caret_anchors("d['k']"), Some((1, 6)));
    }

    #[test]
    fn calls_have_no_anchor() {
        assert_eq!(caret_anchors("f(x)"), None);
        assert_eq!(caret_anchors("not python("), None);
    }
}
