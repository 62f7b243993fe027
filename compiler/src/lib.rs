//! The compiler: Python source -> [`bytecode::CodeObject`]s.
//!
//! Pipeline: `ruff_python_parser` parses the source into an AST (`parse`);
//! the symbol table classifies every name as local / global / nonlocal /
//! cell / free (`symtable`); the code generator (`codegen`) emits stack
//! bytecode with a per-code-object, deduplicated constant table and one
//! source position per instruction, folding constant expressions as
//! CPython's `ast_opt.c` does (`fold`) as it goes. `dis` prints the result.
//!
//! Architecture invariant: the compiler knows nothing of the heap, the
//! collectors or the vm. Its output is plain Rust data.
//!
//! Unsupported syntax (generators, `async`, `with`, `match`, ...) is a
//! `SyntaxError` naming the construct, never a panic; input nested too
//! deeply is an error too, and every recursive pass runs on a stack that
//! grows on demand (`stack_guard`), so no input overflows the Rust stack.
//!
//! Modules: `parse` (parser errors reworded as CPython's), `symtable`,
//! `fold` (with `numeric`, the float arithmetic it shares with the vm), `codegen`, `dis` and `repr` (listings), `error` (diagnostics and
//! source positions).

/// The compiler's maps and sets hash with FxHash: their keys are its own
/// (names, constants, node ids), not input an adversary picks to collide,
/// and SipHash was a tenth of the time spent importing a module.
pub(crate) type HashMap<K, V> = std::collections::HashMap<K, V, rustc_hash::FxBuildHasher>;
pub(crate) type HashSet<T> = std::collections::HashSet<T, rustc_hash::FxBuildHasher>;

pub mod anchors;
pub mod bytecode;
mod codegen;
mod dis;
mod error;
mod fold;
pub mod numeric;
mod parse;
mod repr;
pub use repr::complex_repr;
mod stack_guard;
mod symtable;

pub use anchors::caret_anchors;
pub use bytecode::{CodeObject, Constant, Instr};
pub use error::{CompileError, CompileWarning, ErrorKind};

use std::rc::Rc;

use error::SourceInfo;

/// What source is compiled as: `compile()`'s `mode` argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A module: statements (`exec`).
    Exec,
    /// One expression, whose value the code returns (`eval`).
    Eval,
    /// One interactive statement: the values of expression statements are
    /// shown with `sys.displayhook` (the REPL).
    Single,
}

/// Compile a whole module (a file, or the text of `-c`).
pub fn compile_module(source: &str, filename: &str) -> Result<Rc<CodeObject>, CompileError> {
    compile_source(source, filename, Mode::Exec)
}

/// Compile `source` as `mode` says.
pub fn compile_source(
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<Rc<CodeObject>, CompileError> {
    compile_warned(source, filename, mode).0
}

/// Compile `source` as `mode` says, with the warnings compiling it raised
/// (`"is" with a literal`), which the caller reports (CPython's compiler
/// sends them through the warnings machinery as it goes).
pub fn compile_warned(
    source: &str,
    filename: &str,
    mode: Mode,
) -> (Result<Rc<CodeObject>, CompileError>, Vec<CompileWarning>) {
    // CPython's tokenizer reads "\r\n" and a lone "\r" as "\n"
    // (`translate_newlines`): in triple-quoted strings too.
    let translated;
    let source = if source.contains('\r') {
        translated = source.replace("\r\n", "\n").replace('\r', "\n");
        translated.as_str()
    } else {
        source
    };
    let info = SourceInfo::new(source, filename);
    let result = compile_info(&info, mode);
    (result, info.warnings.take())
}

fn compile_info(info: &SourceInfo<'_>, mode: Mode) -> Result<Rc<CodeObject>, CompileError> {
    let source = info.source;
    if let Some(nul) = source.find('\0') {
        let at = ruff_text_size::TextRange::empty(ruff_text_size::TextSize::new(nul as u32));
        let mut error = info.error("source code cannot contain null bytes", at);
        error.text = error.text.split('\0').next().unwrap_or("").to_string();
        error.col = 0;
        return Err(error);
    }
    if mode == Mode::Eval {
        let expr = parse::parse_expression(info)?;
        // The symbol table and code generator see `return <expr>`'s
        // expression as the body of a module.
        let body = vec![ruff_python_ast::Stmt::Expr(ruff_python_ast::StmtExpr {
            node_index: Default::default(),
            range: expr.range,
            value: expr.body,
        })];
        let result = symtable::SymbolTable::build(&body, info)
            .and_then(|table| codegen::compile_eval(&body, &table, info));
        stack_guard::drop_deep(body, source.len());
        return result;
    }
    let module = parse::parse_module(info)?;
    let result = symtable::SymbolTable::build(&module.body, info)
        .and_then(|table| codegen::compile(&module, &table, info, mode == Mode::Single));
    // The AST can be as deep as the source is long; freeing it recurses.
    stack_guard::drop_deep(module, source.len());
    result
}

/// Does interactive input need more lines before it can run (CPython's
/// `codeop` rules as its prompt applies them)? A compound statement runs
/// only after an empty line; otherwise input that stops inside brackets, a
/// triple-quoted string, a backslash continuation or before an indented
/// block waits for more. Complete input that is wrong is a SyntaxError.
pub fn is_incomplete(source: &str) -> bool {
    let first = source.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let word = first
        .trim_start()
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    let compound = first.trim_start().starts_with('@')
        || matches!(
            word,
            "if" | "for" | "while" | "def" | "class" | "with" | "try" | "async"
        )
        || (word == "match" && first.trim_end().ends_with(':'));
    if compound && !source.ends_with("\n\n") {
        return true;
    }
    match compile_source(source, "<stdin>", Mode::Single) {
        Ok(_) => false,
        Err(e) => {
            let m = e.message.as_str();
            m.contains("was never closed")
                || m.contains("unexpected EOF")
                || m.contains("expected an indented block")
                || m.contains("unterminated triple-quoted string")
                || source.trim_end_matches('\n').ends_with('\\')
        }
    }
}

/// A `python -m dis`-style listing of `code` and, after it, of every code
/// object in its constants (recursively).
pub fn dis(code: &CodeObject) -> String {
    dis::disassemble(code)
}

/// The Python `repr()` of a constant, as `dis` shows it (`'a\n'`, `1e+16`,
/// `(1, 2)`).
pub fn constant_repr(constant: &Constant) -> String {
    repr::constant_repr(constant)
}
