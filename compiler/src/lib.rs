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
//! `fold`, `codegen`, `dis` and `repr` (listings), `error` (diagnostics and
//! source positions).

pub mod anchors;
pub mod bytecode;
mod codegen;
mod dis;
mod error;
mod fold;
mod parse;
mod repr;
mod stack_guard;
mod symtable;

pub use anchors::caret_anchors;
pub use bytecode::{CodeObject, Constant, Instr};
pub use error::{CompileError, ErrorKind};

use std::rc::Rc;

use error::SourceInfo;

/// Compile a whole module (a file, or the text of `-c`).
pub fn compile_module(source: &str, filename: &str) -> Result<Rc<CodeObject>, CompileError> {
    let info = SourceInfo::new(source, filename);
    if let Some(nul) = source.find('\0') {
        let at = ruff_text_size::TextRange::empty(ruff_text_size::TextSize::new(nul as u32));
        let mut error = info.error("source code cannot contain null bytes", at);
        error.text = error.text.split('\0').next().unwrap_or("").to_string();
        error.col = 0;
        return Err(error);
    }
    let module = parse::parse_module(&info)?;
    let result = symtable::SymbolTable::build(&module.body, &info)
        .and_then(|table| codegen::compile(&module, &table, &info));
    // The AST can be as deep as the source is long; freeing it recurses.
    stack_guard::drop_deep(module, source.len());
    result
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
