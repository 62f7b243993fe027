//! The code object fields the vm relies on: parameter counts and flags,
//! `varnames` order, cells and `cell2arg`, free variables, qualified names,
//! first lines, positions and `max_stack`. Expected values are CPython
//! 3.11's `co_*` attributes for the same source.

use std::rc::Rc;

use ouro_compiler::{compile_module, CodeObject, Constant, Instr};

fn module(source: &str) -> Rc<CodeObject> {
    compile_module(source, "code.py").unwrap_or_else(|e| panic!("{e}"))
}

/// The nested code object called `name` (depth-first search).
fn find(code: &Rc<CodeObject>, name: &str) -> Option<Rc<CodeObject>> {
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            if inner.name == name {
                return Some(inner.clone());
            }
            if let Some(found) = find(inner, name) {
                return Some(found);
            }
        }
    }
    None
}

fn code(source: &str, name: &str) -> Rc<CodeObject> {
    find(&module(source), name).unwrap_or_else(|| panic!("no code object {name}"))
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn parameters_in_cpython_varnames_order() {
    let src = "def outer(a, b=1, *args, key=None, **kw):\n    def inner():\n        return a, args\n    return inner\n";
    let f = code(src, "outer");
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 0, 1));
    assert!(f.flags.varargs && f.flags.varkeywords && f.flags.optimized);
    assert_eq!(
        f.varnames,
        strings(&["a", "b", "key", "args", "kw", "inner"])
    );
    assert_eq!(f.cellvars, strings(&["a", "args"]));
    assert_eq!(f.cell2arg, [Some(0), Some(3)]);
    let inner = code(src, "inner");
    assert_eq!(inner.freevars, strings(&["a", "args"]));
    assert_eq!(inner.qualname, "outer.<locals>.inner");
}

#[test]
fn positional_only_parameters() {
    let f = code("def f(a, b, /, c, *, d):\n    pass\n", "f");
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (3, 2, 1));
    assert!(!f.flags.varargs && !f.flags.varkeywords);
    assert_eq!(f.varnames, strings(&["a", "b", "c", "d"]));
}

#[test]
fn module_and_class_bodies_use_namespaces() {
    let m = module("class C:\n    x = 1\n");
    assert!(!m.flags.optimized);
    assert_eq!(m.name, "<module>");
    assert_eq!(m.first_line, 1);
    let c = code("class C:\n    x = 1\n", "C");
    assert!(!c.flags.optimized);
    assert!(c.varnames.is_empty());
    assert_eq!(
        c.instructions[..4],
        [
            Instr::LoadName(0),
            Instr::StoreName(1),
            Instr::LoadConst(0),
            Instr::StoreName(2)
        ]
    );
    assert_eq!(
        c.names[..3],
        strings(&["__name__", "__module__", "__qualname__"])
    );
}

#[test]
fn comprehension_takes_the_iterator_as_dot_zero() {
    let comp = code("def f(xs):\n    return {x for x in xs}\n", "<setcomp>");
    assert_eq!(comp.argcount, 1);
    assert_eq!(comp.varnames, strings(&[".0", "x"]));
    assert_eq!(comp.qualname, "f.<locals>.<setcomp>");
    assert!(comp.flags.optimized);
}

#[test]
fn qualified_names() {
    let src = "
class A:
    def m(self):
        def local():
            class B:
                def n(self):
                    pass
            return lambda: [y for y in ()]
def g():
    global h
    def h():
        pass
";
    let m = module(src);
    let names: Vec<String> = ["m", "local", "B", "n", "<lambda>", "<listcomp>", "h"]
        .iter()
        .map(|n| find(&m, n).map(|c| c.qualname.clone()).unwrap_or_default())
        .collect();
    assert_eq!(
        names,
        strings(&[
            "A.m",
            "A.m.<locals>.local",
            "A.m.<locals>.local.<locals>.B",
            "A.m.<locals>.local.<locals>.B.n",
            "A.m.<locals>.local.<locals>.<lambda>",
            "A.m.<locals>.local.<locals>.<lambda>.<locals>.<listcomp>",
            "h",
        ])
    );
}

#[test]
fn first_line_is_the_first_decorator() {
    let f = code("\n@dec\n@dec2(1)\ndef f():\n    pass\n", "f");
    assert_eq!(f.first_line, 2);
    let c = code("\n\nclass C:\n    pass\n", "C");
    assert_eq!(c.first_line, 3);
}

#[test]
fn class_cell_for_zero_argument_super() {
    let c = code(
        "class C:\n    def m(self):\n        return super().m()\n",
        "C",
    );
    assert_eq!(c.cellvars, strings(&["__class__"]));
    let tail = &c.instructions[c.instructions.len() - 4..];
    assert_eq!(
        tail,
        [
            Instr::LoadClosure(0),
            Instr::Copy(1),
            Instr::StoreName(4),
            Instr::ReturnValue
        ]
    );
    assert_eq!(c.names[4], "__classcell__");
    let m = code(
        "class C:\n    def m(self):\n        return super().m()\n",
        "m",
    );
    assert_eq!(m.freevars, strings(&["__class__"]));
}

#[test]
fn class_passes_captured_names_through() {
    let src = "def f():\n    v = 1\n    class C:\n        v = 2\n        def g(self):\n            return v\n        w = v\n";
    let c = code(src, "C");
    assert_eq!(c.freevars, strings(&["v"]));
    // `v` is bound in the class body, so the body itself uses the namespace.
    assert!(c.instructions.contains(&Instr::StoreName(3)));
    let reads_class_deref = code("def f():\n    v = 1\n    class C:\n        w = v\n", "C");
    assert!(reads_class_deref
        .instructions
        .iter()
        .any(|i| matches!(i, Instr::LoadClassDeref(0))));
}

#[test]
fn function_first_constant_is_docstring_or_none() {
    let f = code("def f():\n    'doc'\n    return 5\n", "f");
    assert!(matches!(&f.consts[0], Constant::Str(s) if s == "doc"));
    let g = code("def g():\n    return 5\n", "g");
    assert!(matches!(g.consts[0], Constant::None));
    let l = code("l = lambda: 'not a docstring'\n", "<lambda>");
    assert!(matches!(l.consts[0], Constant::None));
}

#[test]
fn one_position_per_instruction_with_lines() {
    let m = module("x = 1\n\nif x:\n    y = (x +\n         2)\n");
    assert_eq!(m.positions.len(), m.instructions.len());
    let lines: Vec<u32> = (0..m.instructions.len()).map(|i| m.line_of(i)).collect();
    assert!(lines.iter().all(|&l| (1..=5).contains(&l)), "{lines:?}");
    assert_eq!(lines[0], 1);
    assert!(lines.contains(&3) && lines.contains(&4));
    let add = m
        .instructions
        .iter()
        .position(|i| matches!(i, Instr::BinaryOp { .. }))
        .expect("an addition");
    let pos = m.positions[add];
    assert_eq!(
        (pos.line, pos.end_line, pos.col, pos.end_col),
        (4, 5, 9, 10)
    );
}

#[test]
fn max_stack_is_tight() {
    assert_eq!(module("x = 1\n").max_stack, 1);
    assert_eq!(module("f(a, b, c)\n").max_stack, 4);
    assert_eq!(module("o.m(a, k=b)\n").max_stack, 5);
    assert_eq!(module("x = (a, b, c)\n").max_stack, 3);
    assert_eq!(module("a, b = b, a\n").max_stack, 2);
    assert_eq!(module("x = a < b < c\n").max_stack, 3);
    let f = code("def f():\n    for x in y:\n        try:\n            return x\n        finally:\n            g()\n", "f");
    // The exceptional path of the finally: iterator, prev, exc, callable.
    assert_eq!(f.max_stack, 4);
    let h = code(
        "def h():\n    try:\n        pass\n    except E as e:\n        pass\n",
        "h",
    );
    // [prev, exc, E] while matching
    assert_eq!(h.max_stack, 3);
}

#[test]
fn no_unreachable_code_is_kept() {
    let f = code("def f():\n    return 1\n    print('dead')\n", "f");
    assert_eq!(f.instructions, [Instr::LoadConst(1), Instr::ReturnValue]);
    let m = module("while True:\n    pass\n");
    assert_eq!(m.instructions, [Instr::Jump(0)]);
}
