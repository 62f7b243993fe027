//! Constant folding and constant deduplication, each case checked against
//! `python3 -m dis` (CPython 3.11): what folds, what does not, and what the
//! constant table ends up holding.

use ouro_compiler::{compile_module, constant_repr, CodeObject, Instr};
use std::rc::Rc;

fn module(source: &str) -> Rc<CodeObject> {
    compile_module(source, "fold.py").unwrap_or_else(|e| panic!("{source:?}: {e}"))
}

/// The module's constants, as Python reprs.
fn consts(source: &str) -> Vec<String> {
    module(source).consts.iter().map(constant_repr).collect()
}

/// Whether the module code computes something with BinaryOp at run time.
fn has_binary_op(source: &str) -> bool {
    module(source)
        .instructions
        .iter()
        .any(|i| matches!(i, Instr::BinaryOp { .. }))
}

#[test]
fn equal_constants_are_stored_once() {
    assert_eq!(consts("x = 300\ny = 300\n"), ["300", "None"]);
    assert_eq!(
        consts("x = 'a'\ny = 'a'\nz = ('a', 300)\n"),
        ["'a'", "('a', 300)", "None"]
    );
}

#[test]
fn folded_values_are_deduplicated_with_literals() {
    assert_eq!(consts("a = 1000\nb = 10**3\n"), ["1000", "None"]);
    assert_eq!(consts("a = 10**3\nb = 1000\n"), ["1000", "None"]);
}

#[test]
fn ints_floats_bools_and_signed_zeros_stay_distinct() {
    assert_eq!(
        consts("a = 1\nb = 1.0\nc = True\nd = 0.0\ne = -0.0\n"),
        ["1", "1.0", "True", "0.0", "-0.0", "None"]
    );
}

#[test]
fn unary_operators_on_constants_fold() {
    assert_eq!(consts("x = -5\n"), ["-5", "None"]);
    assert_eq!(consts("x = ~True\n"), ["-2", "None"]);
    assert_eq!(consts("x = +True\n"), ["1", "None"]);
    assert_eq!(consts("x = -2j\n"), ["(-0-2j)", "None"]);
    // CPython 3.11 folds `not` on a constant too.
    assert_eq!(consts("x = not 1\n"), ["False", "None"]);
    assert_eq!(consts("x = -'s'\n"), ["'s'", "None"]);
}

#[test]
fn arithmetic_follows_python_semantics() {
    assert_eq!(consts("x = -7 // 2\n"), ["-4", "None"]);
    assert_eq!(consts("x = -7 % 2\n"), ["1", "None"]);
    assert_eq!(consts("x = 7 / 2\n"), ["3.5", "None"]);
    assert_eq!(consts("x = 3 ** -1\n"), ["0.3333333333333333", "None"]);
    assert_eq!(consts("x = -5.5 % 2\n"), ["0.5", "None"]);
    assert_eq!(consts("x = 1 + 2j\n"), ["(1+2j)", "None"]);
    assert_eq!(consts("x = True + True\n"), ["2", "None"]);
    assert_eq!(consts("x = 0.1 + 0.2\n"), ["0.30000000000000004", "None"]);
}

#[test]
fn operations_that_raise_are_left_for_run_time() {
    for source in [
        "x = 1 / 0\n",
        "x = 1 // 0\n",
        "x = 1 % 0\n",
        "x = 'a' + 1\n",
        "x = 0 ** -1\n",
    ] {
        assert!(has_binary_op(source), "{source:?} should not fold");
    }
}

#[test]
fn large_results_are_not_folded() {
    assert!(!has_binary_op("x = 2 ** 64\n"));
    assert_eq!(consts("x = 2 ** 64\n"), ["18446744073709551616", "None"]);
    // CPython's limit: bits(base) * exponent must stay within 128 bits.
    assert!(has_binary_op("x = 2 ** 100\n"));
    assert!(has_binary_op("x = 2 ** 200\n"));
    assert!(has_binary_op("x = 1 << 130\n"));
    assert!(!has_binary_op("x = 1 << 100\n"));
    assert!(has_binary_op("x = 'ab' * 2049\n"));
    assert!(!has_binary_op("x = 'ab' * 2048\n"));
    assert!(has_binary_op("x = (1, 2) * 129\n"));
    assert!(has_binary_op("x = 'ab' * -1\n"));
}

#[test]
fn sequences_fold() {
    assert_eq!(consts("x = 'ab' * 3\n"), ["'ababab'", "None"]);
    assert_eq!(consts("x = (1, 2) * 2\n"), ["(1, 2, 1, 2)", "None"]);
    assert_eq!(consts("x = (1,) + (2,)\n"), ["(1, 2)", "None"]);
    assert_eq!(consts("x = b'ab' + b'c'\n"), ["b'abc'", "None"]);
    assert_eq!(consts("x = 'abc'[1]\n"), ["'b'", "None"]);
    assert_eq!(consts("x = (5, (6, 7))[-1]\n"), ["(6, 7)", "None"]);
    // `%` formatting is never folded.
    assert!(has_binary_op("x = '%s' % 1\n"));
}

#[test]
fn tuples_of_constants_are_constants() {
    assert_eq!(
        consts("x = (1, 'a', (None, ...))\n"),
        ["(1, 'a', (None, Ellipsis))", "None"]
    );
    assert_eq!(consts("x = ()\n"), ["()", "None"]);
}

#[test]
fn lists_in_membership_tests_and_loops_become_tuples() {
    assert_eq!(consts("x = a in [1, 2, 3]\n"), ["(1, 2, 3)", "None"]);
    assert_eq!(consts("for i in [1, 2]: pass\n"), ["(1, 2)", "None"]);
    let code = module("for i in [a, b]: pass\n");
    assert!(code.instructions.contains(&Instr::BuildTuple(2)));
}

#[test]
fn long_constant_lists_are_built_from_a_tuple() {
    let code = module("x = [1, 2, 3]\n");
    assert_eq!(
        code.instructions[..3],
        [
            Instr::BuildList(0),
            Instr::LoadConst(0),
            Instr::ListExtend(1)
        ]
    );
    assert_eq!(consts("x = [1, 2, 3]\n"), ["(1, 2, 3)", "None"]);
}

#[test]
fn debug_is_true() {
    assert_eq!(consts("x = __debug__\n"), ["True", "None"]);
}

#[test]
fn constant_expression_statements_emit_nothing() {
    // (A leading string would be the module docstring, stored in __doc__.)
    let code = module("pass\n'just a string'\n42\n...\n-1\n");
    assert_eq!(code.instructions, [Instr::LoadConst(0), Instr::ReturnValue]);
    assert_eq!(consts("pass\n'just a string'\n"), ["None"]);
}

#[test]
fn function_docstring_is_first_constant() {
    let code = module("def f():\n    'doc'\n    return 1\ndef g():\n    return 1\n");
    let functions: Vec<&CodeObject> = code
        .consts
        .iter()
        .filter_map(|c| match c {
            ouro_compiler::Constant::Code(code) => Some(&**code),
            _ => None,
        })
        .collect();
    let first: Vec<String> = functions
        .iter()
        .map(|f| constant_repr(&f.consts[0]))
        .collect();
    assert_eq!(first, ["'doc'", "None"]);
}
