//! Compile errors: kind, message, line and column, compared with what
//! CPython 3.11's `compile()` reports for the same source (`SyntaxError.msg`,
//! `.lineno`, `.offset`), and ouro's own errors for unsupported syntax.

use ouro_compiler::{compile_module, ErrorKind};

/// `(kind, message, line, col)` of compiling `source`.
fn error(source: &str) -> (ErrorKind, String, u32, u32) {
    match compile_module(source, "err.py") {
        Ok(_) => panic!("{source:?} compiled"),
        Err(e) => (e.kind, e.message, e.line, e.col),
    }
}

fn syntax(message: &str, line: u32, col: u32) -> (ErrorKind, String, u32, u32) {
    (ErrorKind::SyntaxError, message.to_string(), line, col)
}

fn indentation(message: &str, line: u32, col: u32) -> (ErrorKind, String, u32, u32) {
    (ErrorKind::IndentationError, message.to_string(), line, col)
}

#[test]
fn parser_errors_use_cpython_messages() {
    let cases = [
        ("x = = 2\n", syntax("invalid syntax", 1, 5)),
        ("if x\n  pass\n", syntax("expected ':'", 1, 5)),
        ("x = 1 if 2\n", syntax("expected 'else' after 'if' expression", 1, 5)),
        ("x = 0777\n", syntax("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5)),
        ("x = €\n", syntax("invalid character '€' (U+20AC)", 1, 5)),
        ("x = $\n", syntax("invalid syntax", 1, 5)),
        ("f(**a, *b)\n", syntax("iterable argument unpacking follows keyword argument unpacking", 1, 8)),
        ("def f(a=1, b): pass\n", syntax("non-default argument follows default argument", 1, 12)),
        ("def f(**k, a): pass\n", syntax("arguments cannot follow var-keyword argument", 1, 12)),
        ("x = {1: 2, 3}\n", syntax("':' expected after dictionary key", 1, 12)),
        ("print(f'{x!z}')\n", syntax("f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 12)),
    ];
    for (source, expected) in cases {
        let got = error(source);
        // Columns of f-string errors differ slightly from CPython's.
        if expected.1.starts_with("f-string") {
            assert_eq!(
                (&got.0, &got.1, got.2),
                (&expected.0, &expected.1, expected.2),
                "{source:?}"
            );
        } else {
            assert_eq!(got, expected, "{source:?}");
        }
    }
}

#[test]
fn unclosed_brackets_and_strings() {
    assert_eq!(error("x = [1,\n 2\n"), syntax("'[' was never closed", 1, 5));
    assert_eq!(
        error("x = (1, 2\ny = 3\n"),
        syntax("'(' was never closed", 1, 5)
    );
    assert_eq!(error("f(1,\n"), syntax("'(' was never closed", 1, 2));
    assert_eq!(
        error("'abc\n"),
        syntax("unterminated string literal (detected at line 1)", 1, 1)
    );
    assert_eq!(
        error("\"\"\"abc\n\nx\n"),
        syntax(
            "unterminated triple-quoted string literal (detected at line 3)",
            1,
            1
        )
    );
}

#[test]
fn indentation_errors() {
    assert_eq!(error("  x = 1\n"), indentation("unexpected indent", 1, 2));
    assert_eq!(
        error("if x:\n    a\n  b\n"),
        indentation("unindent does not match any outer indentation level", 3, 4)
    );
    assert_eq!(
        error("if x:\npass\n"),
        indentation(
            "expected an indented block after 'if' statement on line 1",
            2,
            1
        )
    );
    assert_eq!(
        error("def f():\n\n  # c\nx\n"),
        indentation(
            "expected an indented block after function definition on line 1",
            4,
            1
        )
    );
    assert_eq!(
        error("for a in b:\n    pass\nelse:\nx\n"),
        indentation(
            "expected an indented block after 'else' statement on line 3",
            4,
            1
        )
    );
}

#[test]
fn mixing_tabs_and_spaces_is_a_tab_error() {
    let tab = |line| {
        (
            ErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation".to_string(),
            line,
            1,
        )
    };
    assert_eq!(error("if x:\n\tpass\n        pass\n"), tab(3));
    assert_eq!(error("if x:\n        a = 1\n\tb = 2\n"), tab(3));
    assert_eq!(error("if x:\n    if y:\n\tpass\n"), tab(3));
    // Consistent tabs, and separate blocks indented differently, are fine.
    assert!(compile_module("def f():\n\treturn 1\n", "t.py").is_ok());
    assert!(compile_module("if x:\n\ta = 1\nelse:\n        b = 2\n", "t.py").is_ok());
}

#[test]
fn invalid_targets() {
    assert_eq!(
        error("1 = x\n"),
        syntax(
            "cannot assign to literal here. Maybe you meant '==' instead of '='?",
            1,
            1
        )
    );
    assert_eq!(
        error("f() = 1\n"),
        syntax(
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
            1,
            1
        )
    );
    assert_eq!(error("None = 1\n"), syntax("cannot assign to None", 1, 1));
    assert_eq!(
        error("for 1 in x: pass\n"),
        syntax("cannot assign to literal", 1, 5)
    );
    assert_eq!(
        error("del f()\n"),
        syntax("cannot delete function call", 1, 5)
    );
    assert_eq!(
        error("(a, b) += 1\n"),
        syntax(
            "'tuple' is an illegal expression for augmented assignment",
            1,
            1
        )
    );
    assert_eq!(
        error("*a = 1\n"),
        syntax("starred assignment target must be in a list or tuple", 1, 1)
    );
    assert_eq!(
        error("a, *b, *c = x\n"),
        syntax("multiple starred expressions in assignment", 1, 1)
    );
    assert_eq!(
        error("__debug__ = 1\n"),
        syntax("cannot assign to __debug__", 1, 1)
    );
    assert_eq!(
        error("print(*a)\nb = *a\n"),
        syntax("can't use starred expression here", 2, 5)
    );
}

#[test]
fn compiler_errors_use_cpython_messages() {
    let cases = [
        ("return 1\n", syntax("'return' outside function", 1, 1)),
        (
            "class C:\n  return 1\n",
            syntax("'return' outside function", 2, 3),
        ),
        ("break\n", syntax("'break' outside loop", 1, 1)),
        (
            "continue\n",
            syntax("'continue' not properly in loop", 1, 1),
        ),
        (
            "def f():\n  for x in y:\n    def g():\n      break\n",
            syntax("'break' outside loop", 4, 7),
        ),
        (
            "while x:\n  try:\n    pass\n  finally:\n    continue\n",
            (ErrorKind::SyntaxError, String::new(), 0, 0),
        ),
        (
            "nonlocal x\n",
            syntax("nonlocal declaration not allowed at module level", 1, 1),
        ),
        (
            "def f():\n  print(x)\n  global x\n",
            syntax("name 'x' is used prior to global declaration", 3, 3),
        ),
        (
            "try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n",
            syntax("default 'except:' must be last", 3, 1),
        ),
        (
            "f(x=1, x=2)\n",
            syntax("keyword argument repeated: x", 1, 8),
        ),
        (
            "from __future__ import braces\n",
            syntax("not a chance", 1, 1),
        ),
        (
            "x = 1\nfrom __future__ import annotations\n",
            syntax(
                "from __future__ imports must occur at the beginning of the file",
                2,
                1,
            ),
        ),
        (
            "from __future__ import nope\n",
            syntax("future feature nope is not defined", 1, 1),
        ),
        ("a = yield\n", syntax("'yield' outside function", 1, 5)),
        ("await x\n", syntax("'await' outside function", 1, 1)),
    ];
    for (source, expected) in cases {
        if expected.1.is_empty() {
            // `continue` in `finally` is allowed since Python 3.8.
            assert!(compile_module(source, "ok.py").is_ok(), "{source:?}");
            continue;
        }
        assert_eq!(error(source), expected, "{source:?}");
    }
}

#[test]
fn future_imports_after_docstring_are_fine() {
    assert!(compile_module(
        "'doc'\nfrom __future__ import annotations\nx: int = 1\n",
        "f.py"
    )
    .is_ok());
}

#[test]
fn unsupported_constructs_name_themselves() {
    let cases = [
        (
            "async def f():\n    yield 1\n    return 2\n",
            "'return' with value in async generator",
            3,
            5,
        ),
        (
            "async def f():\n    yield from g()\n",
            "'yield from' inside async function",
            2,
            5,
        ),
        (
            "def f():\n    return [x async for x in y]\n",
            "asynchronous comprehension outside of an asynchronous function",
            2,
            12,
        ),
        (
            "def f():\n    async with g:\n        pass\n",
            "'async with' outside async function",
            2,
            5,
        ),
        (
            "def f():\n    async for x in y:\n        pass\n",
            "'async for' outside async function",
            2,
            5,
        ),
        (
            "try:\n    pass\nexcept* E:\n    break\n",
            "'break', 'continue' and 'return' cannot appear in an except* block",
            4,
            5,
        ),
        (
            "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
            "'break', 'continue' and 'return' cannot appear in an except* block",
            5,
            16,
        ),
        (
            "def f():\n    await x\n",
            "'await' outside async function",
            2,
            5,
        ),
    ];
    for (source, message, line, col) in cases {
        assert_eq!(error(source), syntax(message, line, col), "{source:?}");
    }
}

#[test]
fn yield_where_python_forbids_it() {
    let cases = [
        (
            "x = [(yield 1) for y in z]\n",
            "'yield' inside list comprehension",
            1,
            7,
        ),
        (
            "def f():\n    return {(yield) for y in z}\n",
            "'yield' inside set comprehension",
            2,
            14,
        ),
        (
            "def f():\n    x = ((yield y) for y in z)\n",
            "'yield' inside generator expression",
            2,
            11,
        ),
        (
            "x = {k: (yield from k) for k in z}\n",
            "'yield' inside dict comprehension",
            1,
            10,
        ),
        ("class A:\n    yield 1\n", "'yield' outside function", 2, 5),
    ];
    for (source, message, line, col) in cases {
        assert_eq!(error(source), syntax(message, line, col), "{source:?}");
    }
}

#[test]
fn match_errors_use_cpython_messages() {
    let case = |pattern: &str| format!("match v:\n    case {pattern}:\n        pass\n");
    let cases = [
        (
            format!("{}    case 1:\n        pass\n", case("x")),
            "name capture 'x' makes remaining patterns unreachable",
            10,
        ),
        (
            format!("{}    case 1:\n        pass\n", case("_")),
            "wildcard makes remaining patterns unreachable",
            10,
        ),
        (
            case("[a, a]"),
            "multiple assignments to name 'a' in pattern",
            14,
        ),
        (
            case("1 | x"),
            "alternative patterns bind different names",
            14,
        ),
        (
            case("x | 1"),
            "name capture 'x' makes remaining patterns unreachable",
            10,
        ),
        (
            case("[x] | (y,)"),
            "alternative patterns bind different names",
            17,
        ),
        (
            case("{'a': 1, 'a': 2}"),
            "mapping pattern checks duplicate key ('a')",
            10,
        ),
        (
            case("P(x=1, x=2)"),
            "attribute name repeated in class pattern: x",
            19,
        ),
        (
            case("[*a, *b]"),
            "multiple starred names in sequence pattern",
            10,
        ),
        (
            case("(x as y) | 2"),
            "name capture 'x' makes remaining patterns unreachable",
            11,
        ),
    ];
    for (source, message, col) in cases {
        assert_eq!(error(&source), syntax(message, 2, col), "{source:?}");
    }
}

#[test]
fn newer_syntax_is_rejected_as_python_3_11_does() {
    let (kind, message, line, _) = error("type X = int\n");
    assert_eq!((kind, line), (ErrorKind::SyntaxError, 1));
    assert!(message.contains("'type'"), "{message}");
    let (_, message, _, _) = error("def f[T](x: T): pass\n");
    assert!(message.contains("type parameter"), "{message}");
}

#[test]
fn error_carries_file_text_and_range() {
    let e = compile_module("x = 1\ndef f():\n    return x +* 2\n", "prog.py").expect_err("invalid");
    assert_eq!(e.filename, "prog.py");
    assert_eq!(e.text, "    return x +* 2");
    assert_eq!((e.line, e.col, e.end_col), (3, 15, 16));
    assert_eq!(
        e.to_string(),
        "  File \"prog.py\", line 3\n    return x +* 2\n              ^\nSyntaxError: invalid syntax"
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let source = format!("x = {}1\n", "-".repeat(100_000));
    let (kind, message, line, _) = error(&source);
    assert_eq!((kind, line), (ErrorKind::RecursionError, 1));
    assert_eq!(
        message,
        "maximum recursion depth exceeded during compilation"
    );
    let source = format!("x = {}1\n", "1 + ".repeat(5000));
    assert_eq!(error(&source).0, ErrorKind::RecursionError);
    // No position is shown for it, as CPython shows none.
    let e = compile_module(&format!("x = {}1\n", "-".repeat(4000)), "deep.py").unwrap_err();
    assert_eq!(
        e.to_string(),
        "RecursionError: maximum recursion depth exceeded during compilation"
    );
    // Moderate nesting compiles.
    let source = format!("x = {}1{}\n", "[".repeat(150), "]".repeat(150));
    assert!(compile_module(&source, "deep.py").is_ok());
}
