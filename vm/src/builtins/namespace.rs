//! The builtin functions on types, attributes and namespaces:
//! `isinstance`, `issubclass`, `callable`, `getattr` and its siblings,
//! `globals`, `locals`, `dir`, `vars`.

use super::*;

/// The classes of an isinstance/issubclass second argument.
/// The classes `isinstance`/`issubclass` test against (borrowed): a type,
/// the items of a tuple or of a `X | Y` union, recursively, or an object
/// whose type has the `__instancecheck__`/`__subclasscheck__` hook.
pub(super) fn class_list<C: Collector>(
    vm: &mut Vm<C>,
    o: ObjRef,
    fname: &str,
) -> PyResult<Vec<ObjRef>> {
    if o.tag() == Tag::Type {
        return Ok(vec![o]);
    }
    if let Some(items) = vm.tuple_of(o) {
        let mut out = Vec::new();
        for x in items {
            out.extend(class_list(vm, x, fname)?);
        }
        return Ok(out);
    }
    if crate::protocol::ops::is_user(o) {
        if vm.type_name(o) == "UnionType" {
            let args = vm.getattr_str(o, "__args__")?;
            if let Some(items) = vm.tuple_of(args) {
                // The union holds its args; `o` is held by the caller.
                vm.decref(args);
                return Ok(items);
            }
            vm.decref(args);
        }
        let hook = if fname == "isinstance" {
            "__instancecheck__"
        } else {
            "__subclasscheck__"
        };
        if vm.has_type_attr(o, hook) {
            return Ok(vec![o]);
        }
    }
    let (one, many) = if fname == "isinstance" {
        ("type", "types")
    } else {
        ("class", "classes")
    };
    Err(vm.type_error(format!(
        "{fname}() arg 2 must be a {one}, a tuple of {many}, or a union"
    )))
}

/// Does `check` hold for any class `spec` names? A tuple is tried item
/// by item (nested tuples too), stopping at the first that holds, so a
/// bad item after it is never looked at (CPython's
/// `object_recursive_isinstance`).
fn any_class<C: Collector>(
    vm: &mut Vm<C>,
    spec: ObjRef,
    fname: &str,
    check: &mut dyn FnMut(&mut Vm<C>, ObjRef) -> PyResult<bool>,
) -> PyResult<bool> {
    if spec.tag() == Tag::Type {
        return check(vm, spec);
    }
    use crate::types::tuple::tuple_items;
    if let Some(n) = tuple_items(spec).map(<[_]>::len) {
        // (By index: the tuple, which the caller holds, cannot change.)
        for i in 0..n {
            let x = tuple_items(spec).expect("a tuple")[i];
            if any_class(vm, x, fname, check)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    for c in class_list(vm, spec, fname)? {
        if check(vm, c)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub(super) fn isinstance<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "isinstance", 2, 2)?;
    let found = isinstance_of(vm, args.pos[0], args.pos[1])?;
    Ok(vm.new_bool(found))
}

/// `isinstance(obj, spec)` (CPython's `PyObject_IsInstance`), both
/// borrowed: an exact match of the type first, then each class `spec`
/// names, a class's own check (`__instancecheck__`) included.
pub(crate) fn isinstance_of<C: Collector>(
    vm: &mut Vm<C>,
    obj: ObjRef,
    spec: ObjRef,
) -> PyResult<bool> {
    if vm.type_of(obj) == spec {
        return Ok(true);
    }
    any_class(vm, spec, "isinstance", &mut |vm, c| match c.tag() {
        Tag::Type => vm.instance_check(obj, c),
        _ => {
            let r = vm.call_method_named(c, "__instancecheck__", &[obj])?;
            vm.truth_owned(r)
        }
    })
}

pub(super) fn issubclass<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "issubclass", 2, 2)?;
    let cls = args.pos[0];
    // (Arg 1 need be a class only for `type`'s own check: a
    // `__subclasscheck__` takes anything, as `PyObject_IsSubclass` lets
    // it.)
    let found = any_class(vm, args.pos[1], "issubclass", &mut |vm, c| match c.tag() {
        Tag::Type if cls.tag() == Tag::Type => vm.subclass_check(cls, c),
        Tag::Type => {
            if crate::protocol::ops::is_user(c) {
                if let Some(r) = vm.call_special(c, "__subclasscheck__", &[cls])? {
                    return vm.truth_owned(r);
                }
            }
            Err(vm.type_error("issubclass() arg 1 must be a class".to_string()))
        }
        _ => {
            let r = vm.call_method_named(c, "__subclasscheck__", &[cls])?;
            vm.truth_owned(r)
        }
    })?;
    Ok(vm.new_bool(found))
}

pub(super) fn callable<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "callable", 1, 1)?;
    let r = vm.is_callable(args.pos[0]);
    Ok(vm.new_bool(r))
}

impl<C: Collector> Vm<C> {
    /// `callable(o)`.
    pub(crate) fn is_callable(&self, o: ObjRef) -> bool {
        match o.tag() {
            Tag::Function | Tag::Builtin | Tag::Method | Tag::Type => true,
            _ => {
                let t = self.type_of(o);
                self.lookup_type_attr(t, self.names.call).is_some()
            }
        }
    }
}

pub(super) fn getattr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "getattr", 2, 3)?;
    let name = attr_name(vm, args.pos[1])?;
    match args.pos.get(2) {
        Some(&d) => match vm.getattr_opt(args.pos[0], name)? {
            Some(v) => Ok(v),
            None => Ok(vm.incref(d)),
        },
        None => vm.getattr(args.pos[0], name),
    }
}

pub(super) fn setattr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "setattr", 3, 3)?;
    let name = attr_name(vm, args.pos[1])?;
    let r = vm.setattr(args.pos[0], name, Some(args.pos[2]));
    r.map(|_| vm.new_none())
}

pub(super) fn hasattr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "hasattr", 2, 2)?;
    let name = attr_name(vm, args.pos[1])?;
    let found = vm.getattr_opt(args.pos[0], name)?;
    vm.decref_opt(found);
    Ok(vm.new_bool(found.is_some()))
}

pub(super) fn delattr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "delattr", 2, 2)?;
    let name = attr_name(vm, args.pos[1])?;
    let r = vm.setattr(args.pos[0], name, None);
    r.map(|_| vm.new_none())
}

pub(super) fn globals<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "globals", 0, 0)?;
    let g = vm.frame().globals;
    Ok(vm.incref(g))
}

/// `locals()`: the namespace of a module or class body, or a function's
/// locals copied into its frame's own dict (the same dict each call, as in
/// CPython 3.11).
pub(crate) fn locals<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "locals", 0, 0)?;
    let top = vm.frames.len() - 1;
    vm.fast_to_locals(crate::types::frameobj::FrameAt::Stack(top))
}

/// `dir([obj])`: the sorted names of an object's attributes (its dict and
/// its class's), or of the current namespace.
/// `dir(o)` as a list.
pub(crate) fn dir_list<C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<ObjRef> {
    dir(vm, Args::new(&[o]))
}

pub(super) fn dir<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "dir", 0, 1)?;
    let Some(&o) = args.pos.first() else {
        let ns = locals(vm, Args::new(&[]))?;
        let keys = vm.iterate(ns);
        vm.decref(ns);
        let l = vm.new_list(keys?)?;
        return sort_names(vm, l);
    };
    // A class's own `__dir__` answers for its instances (not for the class
    // itself, whose `__dir__` is its metaclass's).
    if crate::protocol::ops::is_user(o) && o.tag() != Tag::Type {
        let t = vm.type_of(o);
        let key = vm.intern_borrow("__dir__");
        if vm
            .lookup_type_attr(t, key)
            .is_some_and(|f| f.tag() == Tag::Function)
        {
            let r = vm.call_method_named(o, "__dir__", &[])?;
            let items = vm.using(r, |vm, r| vm.iterate(r))?;
            let l = vm.new_list(items)?;
            return sort_names(vm, l);
        }
    }
    attribute_names(vm, o)
}

/// The attribute names of `o` as `object.__dir__` / `type.__dir__` list
/// them: its own dict's, then its class's and their bases' (a type's own
/// and its bases'), sorted, each once.
pub(crate) fn attribute_names<C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<ObjRef> {
    let mut dicts: Vec<ObjRef> = vm.attribute_dict(o)?.into_iter().collect();
    let classes = match o.get::<TypeObject>() {
        Some(t) => t.mro_with_self(o),
        None => {
            let t = vm.type_of(o);
            t.payload::<TypeObject>().mro_with_self(t)
        }
    };
    if o.tag() != Tag::Module {
        dicts.extend(classes.iter().map(|c| c.payload::<TypeObject>().dict));
    }
    let mut names: Vec<String> = Vec::new();
    if o.tag() != Tag::Module {
        // `object.__class__` is a descriptor in CPython's object dict.
        names.push("__class__".to_string());
    }
    for d in dicts {
        for e in crate::types::dict::dict_of(d).expect("dict").snapshot() {
            if let Some(s) = str_of(e.key) {
                names.push(s.to_string());
            }
        }
    }
    names.sort();
    names.dedup();
    let mut objs = Vec::with_capacity(names.len());
    for n in names {
        objs.push(vm.new_string(n)?);
    }
    vm.new_list(objs)
}

pub(super) fn sort_names<C: Collector>(vm: &mut Vm<C>, l: ObjRef) -> PyResult<ObjRef> {
    vm.fill(l, |vm, l| crate::types::list::sort_list(vm, l, None, None))
}

pub(super) fn vars<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "vars", 0, 1)?;
    if args.is_empty() {
        return locals(vm, Args::new(&[]));
    }
    vm.getattr_str(args.pos[0], "__dict__").map_err(|e| {
        vm.decref(e);
        vm.type_error("vars() argument must have __dict__ attribute".to_string())
    })
}
