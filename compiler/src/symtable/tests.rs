//! Symbol-table classification, one behaviour per test, each checked
//! against what CPython's `symtable` module reports for the same source.

use super::{NameScope, ScopeKind, SymbolTable};
use crate::error::SourceInfo;
use crate::parse::parse_module;

use NameScope::*;

fn table(source: &str) -> SymbolTable {
    let info = SourceInfo::new(source, "t.py");
    let module = parse_module(&info).expect("test source parses");
    SymbolTable::build(&module.body, &info).expect("test source is valid")
}

fn error(source: &str) -> String {
    let info = SourceInfo::new(source, "t.py");
    let module = parse_module(&info).expect("test source parses");
    match SymbolTable::build(&module.body, &info) {
        Ok(_) => panic!("expected a symbol table error for {source:?}"),
        Err(e) => format!("{} @{}:{}", e.message, e.line, e.col),
    }
}

/// The scope of `name` in the (first) scope called `scope`.
fn scope_of(t: &SymbolTable, scope: &str, name: &str) -> Option<NameScope> {
    let s = t
        .scopes
        .iter()
        .find(|s| s.name == scope)
        .expect("scope exists");
    s.scope_of(name)
}

fn kind_of(t: &SymbolTable, scope: &str) -> ScopeKind {
    t.scopes
        .iter()
        .find(|s| s.name == scope)
        .expect("scope exists")
        .kind
}

#[test]
fn module_names_are_local_or_implicitly_global() {
    let t = table("x = 1\nprint(x, y)\n");
    assert_eq!(scope_of(&t, "top", "x"), Some(Local));
    assert_eq!(scope_of(&t, "top", "y"), Some(GlobalImplicit));
    assert_eq!(scope_of(&t, "top", "print"), Some(GlobalImplicit));
}

#[test]
fn assignment_anywhere_in_a_function_makes_a_local() {
    let t = table("def f(a):\n    print(b)\n    if a:\n        b = 1\n");
    assert_eq!(scope_of(&t, "f", "a"), Some(Local));
    assert_eq!(scope_of(&t, "f", "b"), Some(Local));
    assert_eq!(scope_of(&t, "f", "print"), Some(GlobalImplicit));
}

#[test]
fn global_declaration_is_explicit_here_and_at_module_level() {
    let t = table("def f():\n    global g\n    g = 1\ng = 2\n");
    assert_eq!(scope_of(&t, "f", "g"), Some(GlobalExplicit));
    assert_eq!(scope_of(&t, "top", "g"), Some(GlobalExplicit));
}

#[test]
fn captured_local_is_a_cell_and_free_inside() {
    let t = table("def f():\n    x = 1\n    def g():\n        return x\n");
    assert_eq!(scope_of(&t, "f", "x"), Some(Cell));
    assert_eq!(scope_of(&t, "g", "x"), Some(Free));
    assert_eq!(
        t.scopes
            .iter()
            .find(|s| s.name == "f")
            .map(|s| s.cellvars()),
        Some(vec!["x".to_string()])
    );
}

#[test]
fn free_variables_pass_through_intermediate_functions() {
    let src = "def a():\n    v = 1\n    def b():\n        def c():\n            return v\n        return c\n";
    let t = table(src);
    assert_eq!(scope_of(&t, "a", "v"), Some(Cell));
    assert_eq!(scope_of(&t, "b", "v"), Some(Free));
    assert_eq!(scope_of(&t, "c", "v"), Some(Free));
}

#[test]
fn nonlocal_is_free_and_the_binding_a_cell() {
    let t = table("def f():\n    n = 0\n    def g():\n        nonlocal n\n        n += 1\n");
    assert_eq!(scope_of(&t, "f", "n"), Some(Cell));
    assert_eq!(scope_of(&t, "g", "n"), Some(Free));
}

#[test]
fn class_scope_is_skipped_by_nested_functions() {
    let t = table("class C:\n    x = 1\n    def m(self):\n        return x\n");
    assert_eq!(kind_of(&t, "C"), ScopeKind::Class);
    assert_eq!(scope_of(&t, "C", "x"), Some(Local));
    assert_eq!(scope_of(&t, "m", "x"), Some(GlobalImplicit));
}

#[test]
fn class_binding_a_captured_name_passes_the_outer_cell_through() {
    let src = "def f():\n    v = 1\n    class C:\n        v = 2\n        def g(self):\n            return v\n";
    let t = table(src);
    assert_eq!(scope_of(&t, "f", "v"), Some(Cell));
    assert_eq!(scope_of(&t, "C", "v"), Some(Local));
    assert_eq!(scope_of(&t, "g", "v"), Some(Free));
    let class = t
        .scopes
        .iter()
        .find(|s| s.name == "C")
        .expect("class scope");
    assert_eq!(class.freevars(), vec!["v".to_string()]);
}

#[test]
fn class_reading_an_enclosing_local_gets_it_free() {
    let t = table("def f():\n    v = 1\n    class C:\n        w = v\n");
    assert_eq!(scope_of(&t, "f", "v"), Some(Cell));
    assert_eq!(scope_of(&t, "C", "v"), Some(Free));
}

#[test]
fn super_creates_the_class_cell() {
    let t = table("class C:\n    def m(self):\n        return super().m()\n");
    assert_eq!(scope_of(&t, "m", "__class__"), Some(Free));
    let class = t
        .scopes
        .iter()
        .find(|s| s.name == "C")
        .expect("class scope");
    assert!(class.needs_class_closure);
    assert_eq!(class.cellvars(), vec!["__class__".to_string()]);
    assert_eq!(class.scope_of("__class__"), None);
}

#[test]
fn comprehension_is_a_function_scope_with_implicit_argument() {
    let t = table("def f(xs, k):\n    return [x * k for x in xs]\n");
    assert_eq!(kind_of(&t, "listcomp"), ScopeKind::Comprehension);
    let comp = t
        .scopes
        .iter()
        .find(|s| s.name == "listcomp")
        .expect("comprehension");
    assert_eq!(comp.params, vec![".0".to_string()]);
    assert_eq!(scope_of(&t, "listcomp", "x"), Some(Local));
    assert_eq!(scope_of(&t, "listcomp", "k"), Some(Free));
    // The outermost iterable is evaluated in f, so `xs` is not captured.
    assert_eq!(scope_of(&t, "listcomp", "xs"), None);
    assert_eq!(scope_of(&t, "f", "xs"), Some(Local));
    assert_eq!(scope_of(&t, "f", "k"), Some(Cell));
}

#[test]
fn inner_iterables_belong_to_the_comprehension() {
    let t = table("def f(a, b):\n    return [x for x in a for y in b]\n");
    assert_eq!(scope_of(&t, "listcomp", "b"), Some(Free));
    assert_eq!(scope_of(&t, "f", "b"), Some(Cell));
    assert_eq!(scope_of(&t, "f", "a"), Some(Local));
}

#[test]
fn module_level_comprehension_reads_globals() {
    let t = table("n = 2\nsquares = {i: i ** n for i in range(3)}\n");
    assert_eq!(scope_of(&t, "dictcomp", "n"), Some(GlobalImplicit));
    assert_eq!(scope_of(&t, "dictcomp", "i"), Some(Local));
}

#[test]
fn walrus_in_comprehension_binds_in_the_enclosing_function() {
    let t = table("def f(xs):\n    ys = [last := x for x in xs]\n    return last\n");
    assert_eq!(scope_of(&t, "listcomp", "last"), Some(Free));
    assert_eq!(scope_of(&t, "f", "last"), Some(Cell));
}

#[test]
fn walrus_in_module_comprehension_is_global() {
    let t = table("ys = [last := x for x in range(3)]\n");
    assert_eq!(scope_of(&t, "listcomp", "last"), Some(GlobalExplicit));
    assert_eq!(scope_of(&t, "top", "last"), Some(GlobalExplicit));
}

#[test]
fn lambda_parameters_and_captures() {
    let t = table("def f(k):\n    return lambda x, *a, y=1, **kw: x + k\n");
    let lambda = t
        .scopes
        .iter()
        .find(|s| s.name == "lambda")
        .expect("lambda");
    assert_eq!(lambda.kind, ScopeKind::Lambda);
    assert_eq!(lambda.params, ["x", "y", "a", "kw"].map(String::from));
    assert_eq!(scope_of(&t, "lambda", "k"), Some(Free));
}

#[test]
fn parameter_captured_by_inner_function_is_a_cell() {
    let t = table("def f(p):\n    return lambda: p\n");
    assert_eq!(scope_of(&t, "f", "p"), Some(Cell));
}

#[test]
fn imports_and_handlers_bind_names() {
    let t = table("def f():\n    import a.b\n    from c import d as e\n    try:\n        pass\n    except E as err:\n        pass\n");
    assert_eq!(scope_of(&t, "f", "a"), Some(Local));
    assert_eq!(scope_of(&t, "f", "e"), Some(Local));
    assert_eq!(scope_of(&t, "f", "err"), Some(Local));
    assert_eq!(scope_of(&t, "f", "E"), Some(GlobalImplicit));
}

#[test]
fn private_names_are_mangled_in_classes() {
    let t = table("class C:\n    __x = 1\n    def m(self, __p):\n        return __x\n");
    assert_eq!(scope_of(&t, "C", "_C__x"), Some(Local));
    assert_eq!(scope_of(&t, "m", "_C__p"), Some(Local));
    assert_eq!(scope_of(&t, "m", "_C__x"), Some(GlobalImplicit));
}

#[test]
fn annotated_name_without_value_is_still_local() {
    let t = table("def f():\n    x: int\n    return x\n");
    assert_eq!(scope_of(&t, "f", "x"), Some(Local));
}

#[test]
fn declaration_errors_match_cpython() {
    assert_eq!(
        error("nonlocal x\n"),
        "nonlocal declaration not allowed at module level @1:1"
    );
    assert_eq!(
        error("class C:\n  nonlocal x\n"),
        "no binding for nonlocal 'x' found @2:3"
    );
    assert_eq!(
        error("def f():\n  def g():\n    nonlocal q\n"),
        "no binding for nonlocal 'q' found @3:5"
    );
    assert_eq!(
        error("def f():\n  print(x)\n  global x\n"),
        "name 'x' is used prior to global declaration @3:3"
    );
    assert_eq!(
        error("def f():\n  x = 1\n  global x\n"),
        "name 'x' is assigned to before global declaration @3:3"
    );
    assert_eq!(
        error("def f(x):\n  global x\n"),
        "name 'x' is parameter and global @2:3"
    );
    assert_eq!(
        error("def f():\n  global x\n  nonlocal x\n"),
        "name 'x' is nonlocal and global @2:3"
    );
    assert_eq!(
        error("def f():\n  x = 1\n  nonlocal x\n"),
        "name 'x' is assigned to before nonlocal declaration @3:3"
    );
    assert_eq!(
        error("def f(a, a): pass\n"),
        "duplicate argument 'a' in function definition @1:10"
    );
    assert_eq!(
        error("def f():\n  from m import *\n"),
        "import * only allowed at module level @2:17"
    );
    assert_eq!(
        error("def f():\n  x: int\n  global x\n"),
        "annotated name 'x' can't be global @3:3"
    );
}

#[test]
fn assignment_expression_errors_match_cpython() {
    assert_eq!(
        error("class C:\n  [y := 1 for x in z]\n"),
        "assignment expression within a comprehension cannot be used in a class body @2:4"
    );
    assert_eq!(
        error("[x := 1 for x in y]\n"),
        "assignment expression cannot rebind comprehension iteration variable 'x' @1:2"
    );
    assert_eq!(
        error("[x for x in (y := [1])]\n"),
        "assignment expression cannot be used in a comprehension iterable expression @1:14"
    );
}
