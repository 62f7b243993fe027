//! Compile errors and source positions.
//!
//! Owns [`CompileError`] (what the rest of ouro sees of a failed compile) and
//! [`SourceInfo`], which every stage uses to turn the parser's byte ranges
//! into CPython-style line and column numbers. Nothing here knows about the
//! AST beyond `TextRange`.

use std::fmt;
use std::rc::Rc;

use ruff_text_size::TextRange;

use crate::bytecode::Position;

/// What kind of error, as the Python exception class to raise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Input nested past the compiler's limit: CPython raises
    /// RecursionError ("maximum recursion depth exceeded during
    /// compilation"), which has no source position to show.
    RecursionError,
}

impl ErrorKind {
    /// The Python class name, as printed in tracebacks.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// A compile error with everything CPython prints for it:
///
/// ```text
///   File "prog.py", line 3
///     x = = 2
///         ^
/// SyntaxError: invalid syntax
/// ```
#[derive(Debug, Clone)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub message: String,
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column (character offset in the line, as CPython's `offset`).
    pub col: u32,
    /// 1-based end column (exclusive), `col + 1` for a single caret.
    pub end_col: u32,
    /// The offending source line, without its newline.
    pub text: String,
    /// Whether that line ends with a newline in the source (the last line
    /// may not): CPython's `SyntaxError.text` keeps it.
    pub text_newline: bool,
}

impl fmt::Display for CompileError {
    /// Formats the error the way CPython's traceback printer does: the file
    /// and line, the stripped source line, carets under the range, and the
    /// message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.kind == ErrorKind::RecursionError {
            // CPython shows no position for it.
            return write!(f, "{}: {}", self.kind.name(), self.message);
        }
        writeln!(f, "  File \"{}\", line {}", self.filename, self.line)?;
        let stripped = self.text.trim_start();
        if !stripped.trim_end().is_empty() {
            let indent = self.text.chars().count() - stripped.chars().count();
            let line = stripped.trim_end();
            let col = (self.col as usize).saturating_sub(1).saturating_sub(indent);
            let end = (self.end_col as usize)
                .saturating_sub(1)
                .saturating_sub(indent);
            let width = end.saturating_sub(col).max(1);
            writeln!(f, "    {line}")?;
            writeln!(f, "    {}{}", " ".repeat(col), "^".repeat(width))?;
        }
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for CompileError {}

/// The source being compiled: its text, file name and line table.
pub(crate) struct SourceInfo<'s> {
    pub source: &'s str,
    pub filename: Rc<str>,
    /// Byte offset at which each line starts (line 1 at index 0).
    line_starts: Vec<usize>,
    /// The warnings compiling this source raised, in order.
    pub warnings: std::cell::RefCell<Vec<CompileWarning>>,
}

/// A warning the compiler raises (CPython's `compiler_warn`): its category
/// (`SyntaxWarning`), its message and the 1-based line it is about.
#[derive(Debug, Clone)]
pub struct CompileWarning {
    pub category: &'static str,
    pub message: String,
    pub line: u32,
    /// Where it points, as the SyntaxError it becomes when a warnings
    /// filter turns it into an error (CPython's `compiler_warn`).
    pub at: CompileError,
}

impl<'s> SourceInfo<'s> {
    pub fn new(source: &'s str, filename: &str) -> Self {
        let bytes = source.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i + 1),
                // A lone `\r` ends a line too, as in CPython's tokenizer.
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => line_starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        SourceInfo {
            source,
            filename: Rc::from(filename),
            line_starts,
            warnings: Default::default(),
        }
    }

    /// Record a `SyntaxWarning` about the code at `range`.
    pub fn warn(&self, message: impl Into<String>, range: TextRange) {
        let message = message.into();
        let at = self.error(message.clone(), range);
        self.warnings.borrow_mut().push(CompileWarning {
            category: "SyntaxWarning",
            message,
            line: at.line,
            at,
        });
    }

    /// The 1-based line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> u32 {
        let idx = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        u32::try_from(idx + 1).unwrap_or(u32::MAX)
    }

    /// Byte offset where 1-based `line` starts.
    fn line_start(&self, line: u32) -> usize {
        let idx = (line as usize).saturating_sub(1);
        self.line_starts
            .get(idx)
            .copied()
            .unwrap_or(self.source.len())
    }

    /// The text of 1-based `line`, without its line terminator.
    pub fn line_text(&self, line: u32) -> &'s str {
        let start = self.line_start(line);
        let end = self.line_start(line + 1).max(start);
        let text = self.source.get(start..end).unwrap_or("");
        text.trim_end_matches(['\n', '\r'])
    }

    /// Does line `line` end with a line break (not the end of the source)?
    pub fn line_has_newline(&self, line: u32) -> bool {
        let start = self.line_start(line);
        let end = self.line_start(line + 1).max(start);
        self.source
            .get(start..end)
            .is_some_and(|t| t.ends_with(['\n', '\r']))
    }

    /// The number of lines (a final line without a newline counts).
    pub fn line_count(&self) -> u32 {
        let n = self.line_starts.len();
        let last_is_empty = self.line_starts.last() == Some(&self.source.len());
        u32::try_from(if last_is_empty { n - 1 } else { n }).unwrap_or(u32::MAX)
    }

    /// 0-based character column of `offset` within its line.
    fn char_col(&self, offset: usize) -> u32 {
        let start = self.line_start(self.line_of(offset));
        let prefix = self.source.get(start..offset).unwrap_or("");
        u32::try_from(prefix.chars().count()).unwrap_or(u32::MAX)
    }

    /// The instruction position of a node: lines 1-based, columns as UTF-8
    /// byte offsets (CPython's `co_positions()`).
    pub fn position(&self, range: TextRange) -> Position {
        let start = range.start().to_usize().min(self.source.len());
        let end = range.end().to_usize().min(self.source.len());
        // (One search of the line starts per end, not two.)
        let (line, col) = self.line_and_byte_col(start);
        let (end_line, end_col) = self.line_and_byte_col(end);
        Position {
            line,
            end_line,
            col,
            end_col,
        }
    }

    /// `line_of(offset)` and the 0-based byte column of `offset` within
    /// that line.
    fn line_and_byte_col(&self, offset: usize) -> (u32, u32) {
        let line = self.line_of(offset);
        let start = self.line_start(line);
        (
            line,
            u32::try_from(offset.saturating_sub(start)).unwrap_or(u32::MAX),
        )
    }

    /// A SyntaxError at `range`.
    pub fn error(&self, message: impl Into<String>, range: TextRange) -> CompileError {
        self.error_of_kind(ErrorKind::SyntaxError, message, range)
    }

    /// An error of `kind` at `range`, with carets under the part of the
    /// range that lies on its first line.
    pub fn error_of_kind(
        &self,
        kind: ErrorKind,
        message: impl Into<String>,
        range: TextRange,
    ) -> CompileError {
        let start = range.start().to_usize().min(self.source.len());
        let end = range.end().to_usize().min(self.source.len());
        let line = self.line_of(start);
        let col = self.char_col(start) + 1;
        let end_col = if self.line_of(end) == line && end > start {
            self.char_col(end) + 1
        } else if end > start {
            // A range over several lines: carets to the end of its first
            // line, as CPython's printer draws one.
            (self.line_text(line).chars().count() as u32 + 1).max(col + 1)
        } else {
            col + 1
        };
        CompileError {
            kind,
            message: message.into(),
            filename: self.filename.to_string(),
            line,
            col,
            end_col,
            text: self.line_text(line).to_string(),
            text_newline: self.line_has_newline(line),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ruff_text_size::TextSize;

    fn range(a: u32, b: u32) -> TextRange {
        TextRange::new(TextSize::new(a), TextSize::new(b))
    }

    #[test]
    fn lines_and_columns() {
        let info = SourceInfo::new("ab\ncd\r\nef\rgh", "t.py");
        assert_eq!(info.line_of(0), 1);
        assert_eq!(info.line_of(3), 2);
        assert_eq!(info.line_of(7), 3);
        assert_eq!(info.line_of(10), 4);
        assert_eq!(info.line_text(2), "cd");
        assert_eq!(info.line_text(4), "gh");
        assert_eq!(info.line_count(), 4);
        let pos = info.position(range(4, 5));
        assert_eq!((pos.line, pos.col, pos.end_col), (2, 1, 2));
    }

    #[test]
    fn error_columns_count_characters() {
        let info = SourceInfo::new("x = 'é' + $\n", "t.py");
        let err = info.error("invalid syntax", range(11, 12));
        assert_eq!((err.line, err.col, err.end_col), (1, 11, 12));
        assert_eq!(err.text, "x = 'é' + $");
    }

    #[test]
    fn display_matches_cpython_layout() {
        let info = SourceInfo::new("if x:\n    y = = 2\n", "p.py");
        let err = info.error("invalid syntax", range(14, 15));
        let shown = err.to_string();
        assert_eq!(
            shown,
            "  File \"p.py\", line 2\n    y = = 2\n        ^\nSyntaxError: invalid syntax"
        );
    }
}
