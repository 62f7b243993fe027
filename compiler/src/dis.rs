//! `dis`: a listing of code objects in the layout of `python3 -m dis`.
//!
//! One line per instruction: the source line (on the first instruction of
//! each line), `>>` on jump targets, the instruction index, the opcode in
//! CPython style (`LOAD_CONST`), its argument and, in parentheses, what the
//! argument means. Nested code objects follow, each under a
//! `Disassembly of <code object ...>:` header. Instruction indices are used
//! where CPython shows byte offsets.

use crate::HashSet;
use std::fmt::Write;

use crate::bytecode::{CodeObject, Constant, Conversion, Instr, MakeFunctionFlags};
use crate::codegen::jump_target;
use crate::repr::constant_repr;

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;

/// The listing of `code`, then of every code object in its constants,
/// depth first.
pub(crate) fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_recursive(code, &mut out);
    out
}

fn disassemble_recursive(code: &CodeObject, out: &mut String) {
    disassemble_one(code, out);
    for constant in &code.consts {
        if let Constant::Code(inner) = constant {
            let _ = writeln!(out, "\nDisassembly of {}:", constant_repr(constant));
            disassemble_recursive(inner, out);
        }
    }
}

fn disassemble_one(code: &CodeObject, out: &mut String) {
    let targets: HashSet<u32> = code.instructions.iter().filter_map(jump_target).collect();
    let mut last_line = None;
    for (i, instr) in code.instructions.iter().enumerate() {
        let line = code.line_of(i);
        let starts_line = line != 0 && last_line != Some(line);
        if starts_line {
            if last_line.is_some() {
                out.push('\n');
            }
            last_line = Some(line);
        }
        let line_field = if starts_line {
            format!("{line:>3}")
        } else {
            "   ".to_string()
        };
        let index = u32::try_from(i).unwrap_or(u32::MAX);
        let marker = if targets.contains(&index) { ">>" } else { "  " };
        let (arg, meaning) = describe(code, instr);
        let mut fields = vec![
            line_field,
            "   ".to_string(),
            marker.to_string(),
            format!("{i:>4}"),
            format!("{:<OPNAME_WIDTH$}", opname(instr)),
        ];
        if let Some(arg) = arg {
            fields.push(format!("{arg:>OPARG_WIDTH$}"));
            if !meaning.is_empty() {
                fields.push(format!("({meaning})"));
            }
        }
        let _ = writeln!(out, "{}", fields.join(" ").trim_end());
    }
}

/// `LoadConst` -> `LOAD_CONST`, from the variant name.
pub(crate) fn opname(instr: &Instr) -> String {
    let debug = format!("{instr:?}");
    let variant: String = debug.chars().take_while(|c| c.is_alphanumeric()).collect();
    let mut name = String::with_capacity(variant.len() + 4);
    for (i, c) in variant.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            name.push('_');
        }
        name.push(c.to_ascii_uppercase());
    }
    name
}

/// The numeric argument of an instruction and its meaning.
fn describe(code: &CodeObject, instr: &Instr) -> (Option<u32>, String) {
    use Instr::*;
    let name = |table: &[String], i: u32| table.get(i as usize).cloned().unwrap_or_default();
    let deref = |i: u32| {
        let all = code.cellvars.iter().chain(&code.freevars);
        all.clone().nth(i as usize).cloned().unwrap_or_default()
    };
    match *instr {
        LoadConst(i) => (
            Some(i),
            code.consts
                .get(i as usize)
                .map(constant_repr)
                .unwrap_or_default(),
        ),
        LoadFast(i) | StoreFast(i) | DeleteFast(i) => (Some(i), name(&code.varnames, i)),
        // (The second instruction of the pair follows, shown in full.)
        LoadFastLoadFast(i, _)
        | StoreFastLoadFast(i, _)
        | StoreFastStoreFast(i, _)
        | LoadFastLoadConst(i, _)
        | LoadFastLoadAttr(i, _)
        | LoadFastStoreAttr(i, _)
        | LoadFastLoadMethod(i, _) => (Some(i), name(&code.varnames, i)),
        LoadName(i) | StoreName(i) | DeleteName(i) | LoadGlobal(i) | StoreGlobal(i)
        | DeleteGlobal(i) | LoadAttr(i) | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i)
        | ImportName(i) | ImportFrom(i) => (Some(i), name(&code.names, i)),
        LoadDeref(i) | StoreDeref(i) | DeleteDeref(i) | LoadClosure(i) | LoadClassDeref(i) => {
            (Some(i), deref(i))
        }
        BinaryOp { op, inplace } | BinaryOpStoreFast { op, inplace, .. } => {
            let arg = op as u32 + if inplace { 13 } else { 0 };
            let eq = if inplace { "=" } else { "" };
            (Some(arg), format!("{}{eq}", op.symbol()))
        }
        UnaryOp(op) => (Some(op as u32), unary_symbol(op).to_string()),
        CompareOp(op) | CompareOpJump(op) => (Some(op as u32), op.symbol().to_string()),
        IsOp(invert) | IsOpJump(invert) => (
            Some(u32::from(invert)),
            if invert { "is not" } else { "is" }.into(),
        ),
        ContainsOp(invert) => (
            Some(u32::from(invert)),
            if invert { "not in" } else { "in" }.into(),
        ),
        Jump(t)
        | JumpForIter(t)
        | PopJumpIfFalse(t)
        | PopJumpIfTrue(t)
        | JumpIfFalseOrPop(t)
        | JumpIfTrueOrPop(t)
        | ForIter(t)
        | ForIterStoreFast(t, _)
        | SetupFinally(t)
        | SetupWith(t)
        | Send(t) => (Some(t), format!("to {t}")),
        Copy(n) | Swap(n) | BuildSlice(n) | BuildTuple(n) | BuildList(n) | BuildSet(n)
        | BuildMap(n) | BuildString(n) | ListAppend(n) | SetAdd(n) | MapAdd(n) | ListExtend(n)
        | SetUpdate(n) | DictUpdate(n) | DictMerge(n) | UnpackSequence(n) | Call(n) | CallKw(n)
        | CallMethod(n) | CallMethodKw(n) | RaiseVarargs(n) | GetAwaitable(n) | MatchClass(n) => {
            (Some(n), String::new())
        }
        UnpackEx { before, after } => (Some(before | (after << 8)), String::new()),
        FormatValue {
            conversion,
            has_spec,
        } => format_value(conversion, has_spec),
        CallFunctionEx { has_kwargs } => (Some(u32::from(has_kwargs)), String::new()),
        MakeFunction(flags) => make_function(flags),
        _ => (None, String::new()),
    }
}

fn unary_symbol(op: crate::bytecode::UnaryOp) -> &'static str {
    match op {
        crate::bytecode::UnaryOp::Negative => "-",
        crate::bytecode::UnaryOp::Positive => "+",
        crate::bytecode::UnaryOp::Invert => "~",
        crate::bytecode::UnaryOp::Not => "not",
    }
}

/// CPython's FORMAT_VALUE argument: the conversion in the low bits, 4 when
/// a format spec is on the stack.
fn format_value(conversion: Conversion, has_spec: bool) -> (Option<u32>, String) {
    let (bits, text) = match conversion {
        Conversion::None => (0, ""),
        Conversion::Str => (1, "str"),
        Conversion::Repr => (2, "repr"),
        Conversion::Ascii => (3, "ascii"),
    };
    let mut parts: Vec<&str> = Vec::new();
    if !text.is_empty() {
        parts.push(text);
    }
    if has_spec {
        parts.push("with format");
    }
    (Some(bits | if has_spec { 4 } else { 0 }), parts.join(", "))
}

/// CPython's MAKE_FUNCTION argument bits and their names.
fn make_function(flags: MakeFunctionFlags) -> (Option<u32>, String) {
    let items = [
        (flags.defaults, 1, "defaults"),
        (flags.kwdefaults, 2, "kwdefaults"),
        (flags.annotations, 4, "annotations"),
        (flags.closure, 8, "closure"),
    ];
    let bits = items.iter().filter(|i| i.0).map(|i| i.1).sum();
    let names: Vec<&str> = items.iter().filter(|i| i.0).map(|i| i.2).collect();
    (Some(bits), names.join(", "))
}
