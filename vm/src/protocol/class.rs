//! Class statements (`__build_class__`), the C3 method resolution order,
//! and making instances of user classes.

use crate::interp::frame::OnReturn;
use crate::object::{ObjExt, Tag};
use crate::types::cell::CellObject;
use crate::types::code::CodeObj;
use crate::types::exception::ExceptionObject;
use crate::types::function::FunctionObject;
use crate::types::instance::{
    InstanceObject, SlotsInstance, ValuesInstance, BARE_OBJECT_VT, INSTANCE_VT,
};
use crate::types::str::str_of;
use crate::types::typeobj::{InstanceLayout, TypeObject, TYPE_VT};
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};
use std::cell::Cell;

/// `__build_class__(func, name, *bases, **kwds)`.
pub fn build_class<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    if args.len() < 2 || args.pos[0].tag() != Tag::Function || str_of(args.pos[1]).is_none() {
        return Err(vm.type_error("__build_class__: func and name are required".to_string()));
    }
    let orig = &args.pos[2..];
    match resolve_bases(vm, orig)? {
        None => build_class_with(vm, args, orig, None),
        Some(resolved) => {
            // The resolved bases are owned; the original ones go in the
            // namespace as `__orig_bases__`.
            let items: Vec<ObjRef> = orig.iter().map(|&b| vm.incref(b)).collect();
            let orig_t = match vm.new_tuple(items) {
                Ok(t) => t,
                Err(e) => {
                    vm.with_roots(&[e], |vm| vm.decref_all(resolved));
                    return Err(e);
                }
            };
            let mut held = resolved.clone();
            held.push(orig_t);
            let r = vm.with_roots(&held, |vm| {
                build_class_with(vm, args, &resolved, Some(orig_t))
            });
            vm.release_holding(&r, held);
            r
        }
    }
}

/// CPython's `update_bases`: a base that is not a class and has
/// `__mro_entries__` is replaced by what that returns for the original
/// bases. None when nothing changed, else the new bases (owned).
fn resolve_bases<C: Collector>(vm: &mut Vm<C>, orig: &[ObjRef]) -> PyResult<Option<Vec<ObjRef>>> {
    let key = vm.intern_borrow("__mro_entries__");
    if orig.iter().all(|&b| b.tag() == Tag::Type) {
        return Ok(None);
    }
    let items: Vec<ObjRef> = orig.iter().map(|&b| vm.incref(b)).collect();
    let orig_t = vm.new_tuple(items)?;
    let mut out: Vec<ObjRef> = Vec::new();
    let mut changed = false;
    let r = vm.with_roots(&[orig_t], |vm| {
        for &b in orig {
            // Looked up on the object itself (a function may carry it).
            let m = match b.tag() {
                Tag::Type => None,
                _ => match vm.getattr(b, key) {
                    Ok(m) => Some(m),
                    Err(e) if vm.is_instance_of_name(e, "AttributeError") => {
                        vm.decref(e);
                        None
                    }
                    Err(e) => return Err(e),
                },
            };
            let Some(m) = m else {
                out.push(vm.incref(b));
                continue;
            };
            changed = true;
            let r = vm.using(m, |vm, m| vm.call(m, &[orig_t]))?;
            let Some(items) = vm.tuple_of(r) else {
                vm.decref(r);
                return Err(vm.type_error("__mro_entries__ must return a tuple".into()));
            };
            out.extend(items.iter().map(|&x| vm.incref(x)));
            vm.decref(r);
        }
        Ok(())
    });
    vm.decref(orig_t);
    match r {
        Ok(()) if !changed => {
            vm.decref_all(out);
            Ok(None)
        }
        Ok(()) => Ok(Some(out)),
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref_all(out));
            Err(e)
        }
    }
}

/// `__build_class__` with the bases resolved.
fn build_class_with<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    bases: &[ObjRef],
    orig_bases: Option<ObjRef>,
) -> PyResult<ObjRef> {
    let (func, name) = (args.pos[0], args.pos[1]);
    // (A base that is not a class is not refused here: its type takes
    // part in choosing the metaclass, which then refuses it, or is called
    // as CPython calls it: `class X(5)` calls `int('X', (5,), ns)`.)
    let bases: Vec<ObjRef> = bases.to_vec();
    let mut explicit = None;
    let mut kw: Vec<(ObjRef, ObjRef)> = Vec::new();
    for (&k, &v) in args.kwnames.iter().zip(args.kwvals) {
        if str_of(k) == Some("metaclass") {
            explicit = Some(v);
        } else {
            kw.push((k, v));
        }
    }
    // CPython's builtin___build_class__: the explicit metaclass, else the
    // first base's; if it is a class, the most derived of it and the
    // bases' metaclasses.
    let meta = explicit.unwrap_or_else(|| match bases.first() {
        Some(&b) => vm.type_of(b),
        None => vm.types.type_,
    });
    let meta = if meta.tag() == Tag::Type {
        vm.calculate_metaclass(meta, &bases)?
    } else {
        meta
    };
    if meta != vm.types.type_ {
        return build_with_metaclass(vm, func, name, &bases, meta, kw, orig_bases);
    }
    let ns = vm.new_dict()?;
    let r = vm.with_roots(&[ns], |vm| {
        if let Some(o) = orig_bases {
            vm.dict_set_str(ns, "__orig_bases__", o)?;
        }
        run_class_body(vm, func, ns)
    });
    match r {
        Ok(cell) => {
            let mut held = vec![ns];
            held.extend(cell);
            let cls = vm.with_roots(&held, |vm| {
                make_class(vm, str_of(name).unwrap_or("?"), &bases, ns)
            });
            let cls = match cls {
                Ok(c) => c,
                Err(e) => {
                    vm.with_roots(&[e], |vm| {
                        vm.decref(ns);
                        vm.decref_opt(cell)
                    });
                    return Err(e);
                }
            };
            // The namespace lives until the class statement is done, as
            // in CPython's `__build_class__`: `__set_name__` and
            // `__init_subclass__` see its references to the attributes.
            // (The `__class__` cell is filled first, as `type_new` does.)
            fill_class_cell(vm, cell, cls);
            let hooked = vm.with_roots(&[cls, ns], |vm| class_hooks(vm, cls, kw));
            vm.with_roots(&[cls], |vm| vm.decref(ns));
            match hooked {
                Ok(()) => Ok(cls),
                Err(e) => {
                    vm.with_roots(&[e], |vm| vm.decref(cls));
                    Err(e)
                }
            }
        }
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(ns));
            Err(e)
        }
    }
}

/// A class statement whose metaclass is not `type`: the namespace from
/// `meta.__prepare__`, the body run in it, then `meta(name, bases, ns,
/// **kw)`; the `__class__` cell is filled with what that returns.
fn build_with_metaclass<C: Collector>(
    vm: &mut Vm<C>,
    func: ObjRef,
    name: ObjRef,
    bases: &[ObjRef],
    meta: ObjRef,
    kw: Vec<(ObjRef, ObjRef)>,
    orig_bases: Option<ObjRef>,
) -> PyResult<ObjRef> {
    let items: Vec<ObjRef> = bases.iter().map(|&b| vm.incref(b)).collect();
    let bases_t = vm.new_tuple(items)?;
    let ns = vm.with_roots(&[bases_t], |vm| {
        vm.prepare_namespace(meta, name, bases_t, &kw)
    });
    let ns = match ns {
        Ok(ns) => ns,
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(bases_t));
            return Err(e);
        }
    };
    let r = vm.with_roots(&[ns, bases_t], |vm| {
        if let Some(o) = orig_bases {
            let key = vm.intern_borrow("__orig_bases__");
            vm.setitem(ns, key, o)?;
        }
        let cell = run_class_body(vm, func, ns)?;
        let call = crate::interp::call::CallArgs {
            pos: vec![name, bases_t, ns],
            kw,
        };
        // The `__class__` cell (owned here) stays rooted while the
        // metaclass runs.
        let held: Vec<ObjRef> = cell.into_iter().collect();
        let cls = vm.with_roots(&held, |vm| vm.call_args(meta, &call));
        Ok::<_, ObjRef>((cell, cls))
    });
    vm.decref(ns);
    vm.decref(bases_t);
    let (cell, cls) = r?;
    let cls = match cls {
        Ok(c) => c,
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref_opt(cell));
            return Err(e);
        }
    };
    fill_class_cell(vm, cell, cls);
    Ok(cls)
}

/// Give the body's `__class__` cell (owned, if the body made one) the new
/// class, and release the cell.
fn fill_class_cell<C: Collector>(vm: &mut Vm<C>, cell: Option<ObjRef>, cls: ObjRef) {
    if let Some(c) = cell.filter(|c| c.tag() == Tag::Cell && cls.tag() == Tag::Type) {
        let old = c
            .payload::<CellObject>()
            .value
            .replace(Some(vm.incref(cls)));
        vm.decref_opt(old);
    }
    vm.decref_opt(cell);
}

/// What CPython's `type_new` does once the class exists: `__set_name__`
/// on every attribute that has it, then the nearest base's
/// `__init_subclass__` with the class keywords.
pub fn class_hooks<C: Collector>(
    vm: &mut Vm<C>,
    cls: ObjRef,
    kw: Vec<(ObjRef, ObjRef)>,
) -> PyResult<()> {
    let d = cls.payload::<TypeObject>().dict;
    // A copy of the namespace that owns its keys and values (CPython's
    // `type_new_set_names` copies the dict): a `__set_name__` may rebind
    // or delete the class's other attributes while the loop runs.
    let owned: Vec<ObjRef> = crate::types::dict::dict_of(d)
        .expect("a class dict")
        .snapshot()
        .iter()
        .flat_map(|e| [e.key, e.value])
        .map(|o| vm.incref(o))
        .collect();
    vm.with_items(owned, |vm, owned| set_names(vm, cls, owned))?;
    class_init_subclass(vm, cls, kw)
}

/// `__set_name__(cls, name)` on each value of `pairs` (key, value, key,
/// value, ...) whose type has it.
fn set_names<C: Collector>(vm: &mut Vm<C>, cls: ObjRef, pairs: &[ObjRef]) -> PyResult<()> {
    let set_name = vm.intern_borrow("__set_name__");
    // Each hook is called bound (`_PyObject_LookupSpecial`).
    for kv in pairs.chunks(2) {
        let (key, value) = (kv[0], kv[1]);
        let t = vm.type_of(value);
        if !crate::protocol::ops::is_user(value) || vm.lookup_type_attr(t, set_name).is_none() {
            continue;
        }
        let r = vm.call_special_bound(value, "__set_name__", &[cls, key]);
        match r {
            Ok(r) => {
                vm.decref_opt(r);
            }
            Err(cause) => {
                let tn = vm.type_name(value);
                let what = vm.repr_string(key).unwrap_or_default();
                let cn = cls.payload::<TypeObject>().name.to_string();
                let err = vm.new_error(
                    "RuntimeError",
                    format!("Error calling __set_name__ on '{tn}' instance {what} in '{cn}'"),
                );
                // `raise RuntimeError(...) from cause`.
                let x = err.payload::<ExceptionObject>();
                let old = x.cause.replace(Some(vm.incref(cause)));
                vm.decref_opt(old);
                let old = x.context.replace(Some(cause));
                vm.decref_opt(old);
                x.suppress_context.set(true);
                return Err(err);
            }
        }
    }
    Ok(())
}

/// The nearest base's `__init_subclass__`, with the class keywords.
fn class_init_subclass<C: Collector>(
    vm: &mut Vm<C>,
    cls: ObjRef,
    kw: Vec<(ObjRef, ObjRef)>,
) -> PyResult<()> {
    let init = vm.intern_borrow("__init_subclass__");
    let mro = cls.payload::<TypeObject>().mro.borrow().clone();
    let hook = mro.iter().find_map(|&b| {
        crate::protocol::attr::dict_get_str_key(b.payload::<TypeObject>().dict, init)
            .filter(|f| matches!(f.tag(), Tag::Function | Tag::ClassMethod))
    });
    match hook {
        Some(f) => {
            let f = match f.tag() {
                Tag::ClassMethod => f.payload::<crate::types::instance::WrapperObject>().func,
                _ => f,
            };
            // Called bound, as CPython's `init_subclass` gets it from
            // `super(cls, cls)`: the method holds the class while it runs.
            let f = vm.incref(f);
            let cls_ref = vm.incref(cls);
            let bound = vm.new_method(f, cls_ref)?;
            let args = crate::interp::call::CallArgs { pos: vec![], kw };
            let r = vm.using(bound, |vm, bound| vm.call_args(bound, &args));
            r.map(|r| vm.decref(r))
        }
        None if kw.is_empty() => Ok(()),
        None => {
            let cn = cls.payload::<TypeObject>().qualname.to_string();
            Err(vm.type_error(format!(
                "{cn}.__init_subclass__() takes no keyword arguments"
            )))
        }
    }
}

/// Run the class body with `ns` as its namespace; returns the
/// `__classcell__` it stored, if any (owned).
fn run_class_body<C: Collector>(
    vm: &mut Vm<C>,
    func: ObjRef,
    ns: ObjRef,
) -> PyResult<Option<ObjRef>> {
    let f = func.payload::<FunctionObject>();
    let rc = f.code.get().payload::<CodeObj>().code.clone();
    let mut frame = vm.new_frame(
        vm.incref(f.code.get()),
        f.globals,
        false,
        OnReturn::ClassBody,
    );
    frame.func = Some(vm.incref(func));
    frame.locals = Some(vm.incref(ns));
    for _ in &rc.cellvars {
        let c = vm.alloc(
            &crate::types::cell::CELL_VT,
            CellObject { value: None.into() },
        );
        match c {
            Ok(c) => frame.cells.push(c),
            Err(e) => {
                vm.with_roots(&[e], |vm| vm.release_frame(frame));
                return Err(e);
            }
        }
    }
    if let Some(cl) = f.closure {
        for &c in crate::types::tuple::tuple_items(cl).unwrap_or(&[]) {
            frame.cells.push(vm.incref(c));
        }
    }
    let r = vm.run_frame(frame)?;
    vm.decref(r);
    let key = vm.names.classcell;
    vm.dict_pop(ns, key)
}

/// The base whose flags a new class inherits (CPython's `tp_base`, the
/// "best base"): the first with a builtin layout, else the first.
fn primary_base(bases: &[ObjRef]) -> Option<ObjRef> {
    bases
        .iter()
        .copied()
        .find(|b| !matches!(b.payload::<TypeObject>().layout, InstanceLayout::Plain))
        .or_else(|| bases.first().copied())
}

/// Create a class object named `name` with `bases` (borrowed) whose dict is
/// a copy of the namespace `ns`.
pub fn make_class<C: Collector>(
    vm: &mut Vm<C>,
    name: &str,
    bases: &[ObjRef],
    ns: ObjRef,
) -> PyResult<ObjRef> {
    let bases: Vec<ObjRef> = if bases.is_empty() {
        vec![vm.types.object]
    } else {
        bases.to_vec()
    };
    let layout = class_layout(vm, &bases)?;
    let mro = c3_mro(vm, &bases)?;
    let dict = vm.dict_copy(ns)?;
    crate::types::dict::dict_of(dict)
        .expect("a dict copy")
        .set_type_dict();
    // CPython's type_new: a plain function `__new__` becomes a static
    // method (so `instance.__new__(cls)` does not bind it).
    let new_key = vm.names.new;
    if let Some(f) = crate::protocol::attr::dict_get_str_key(dict, new_key) {
        if f.tag() == Tag::Function {
            let wrapped = crate::types::instance::WrapperObject::new(vm.incref(f));
            let sm = vm.alloc(&crate::types::instance::STATICMETHOD_VT, wrapped);
            let r = sm.and_then(|sm| vm.using(sm, |vm, sm| vm.dict_set(dict, new_key, sm)));
            if let Err(e) = r {
                vm.with_roots(&[e], |vm| vm.decref(dict));
                return Err(e);
            }
        }
    }
    let qualname = match vm.dict_get_str(dict, "__qualname__")? {
        Some(q) => {
            let s = str_of(q).unwrap_or(name).to_string();
            vm.decref(q);
            s
        }
        None => name.to_string(),
    };
    // CPython's type_new_set_module: a class made by calling type() is
    // named after the calling code's module.
    if vm
        .dict_get_str(dict, "__module__")?
        .map(|m| vm.decref(m))
        .is_none()
    {
        if let Some(g) = vm.frames.last().map(|f| f.globals) {
            if let Some(n) = vm.dict_get_str(g, "__name__")? {
                let r = vm.dict_set_str(dict, "__module__", n);
                vm.decref(n);
                r?;
            }
        }
    }
    let module = match vm.dict_get_str(dict, "__module__")? {
        Some(m) => {
            let s = str_of(m).map(|s| s.into());
            vm.decref(m);
            s
        }
        None => None,
    };
    let qn = vm.intern("__qualname__");
    vm.dict_del(dict, qn)?;
    vm.decref(qn);
    // Implicit class methods, as CPython's type_new makes them.
    for name in ["__init_subclass__", "__class_getitem__"] {
        let Some(f) = vm.dict_get_str(dict, name)? else {
            continue;
        };
        if f.tag() != Tag::Function {
            vm.decref(f);
            continue;
        }
        let wrapped = vm.alloc(
            &crate::types::instance::CLASSMETHOD_VT,
            crate::types::instance::WrapperObject::new(f),
        )?;
        let r = vm.dict_set_str(dict, name, wrapped);
        vm.decref(wrapped);
        r?;
    }
    let slots = match crate::protocol::slots::layout(vm, name, &bases, layout, dict) {
        Ok(s) => s,
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(dict));
            return Err(e);
        }
    };
    let t = TypeObject {
        name: name.into(),
        qualname: qualname.into(),
        module,
        bases: bases
            .iter()
            .map(|&b| vm.incref(b))
            .collect::<Vec<_>>()
            .into(),
        mro: mro
            .into_iter()
            .map(|m| vm.incref(m))
            .collect::<Vec<_>>()
            .into(),
        dict,
        layout,
        ctor: None.into(),
        is_builtin: false,
        has_del: false.into(),
        has_getattribute: false.into(),
        meta: None.into(),
        serial: crate::types::typeobj::next_serial(),
        collection_flags: std::cell::Cell::new(
            primary_base(&bases).map_or(0, |b| b.payload::<TypeObject>().collection_flags.get()),
        ),
        shared_keys: Default::default(),
        class_refs: None.into(),
        slots,
    };
    let cls = vm.alloc(&TYPE_VT, t)?;
    if let Err(e) = give_class_refs(vm, cls) {
        vm.with_roots(&[e], |vm| vm.decref(cls));
        return Err(e);
    }
    if let Err(e) = crate::protocol::slots::add_members(vm, cls) {
        vm.with_roots(&[e], |vm| vm.decref(cls));
        return Err(e);
    }
    refresh_has_del(vm, cls);
    // CPython: a class that defines __eq__ but not __hash__ is unhashable.
    let (eq, hash) = (vm.names.eq, vm.names.hash);
    let d = cls.payload::<TypeObject>().dict;
    if crate::protocol::attr::dict_get_str_key(d, eq).is_some()
        && crate::protocol::attr::dict_get_str_key(d, hash).is_none()
    {
        let none = vm.none;
        if let Err(e) = vm.dict_set(d, hash, none) {
            vm.with_roots(&[e], |vm| vm.decref(cls));
            return Err(e);
        }
    }
    Ok(cls)
}

/// Give a new class its `__bases__` and `__mro__` tuples and its base
/// (`ClassRefs`), which then hold what its `bases` and `mro` lists held.
fn give_class_refs<C: Collector>(vm: &mut Vm<C>, cls: ObjRef) -> PyResult<()> {
    let t = cls.payload::<TypeObject>();
    let bases: Vec<ObjRef> = t.bases.borrow().clone();
    let base = primary_base(&bases).unwrap_or(vm.types.object);
    let items = bases.iter().map(|&b| vm.incref(b)).collect();
    let bases_t = vm.new_tuple(items)?;
    let items = t
        .mro_with_self(cls)
        .into_iter()
        .map(|m| vm.incref(m))
        .collect();
    let mro_t = match vm.new_tuple(items) {
        Ok(m) => m,
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(bases_t));
            return Err(e);
        }
    };
    t.class_refs.set(Some(crate::types::typeobj::ClassRefs {
        bases: bases_t,
        mro: Some(mro_t),
        base: vm.incref(base),
    }));
    // The lists' references are now the tuples' (nothing dies here: the
    // tuples hold each item).
    for b in bases {
        vm.decref(b);
    }
    let mro: Vec<ObjRef> = t.mro.borrow().clone();
    for m in mro {
        vm.decref(m);
    }
    Ok(())
}

/// Builtin types CPython does not allow as a base class.
const FINAL_TYPES: &[&str] = &[
    "bool",
    "NoneType",
    "NotImplementedType",
    "ellipsis",
    "range",
    "slice",
    "function",
    "builtin_function_or_method",
    "method_descriptor",
    "wrapper_descriptor",
    "method-wrapper",
    "classmethod_descriptor",
    "method",
    "code",
    "frame",
    "cell",
];

/// Instances of a class with these bases: plain, or exceptions. Checks
/// what `type.__new__` checks of its bases first: every base is a class
/// (`type('A', (1,), {})` reaches here without the class statement's
/// check), none repeats, none is final.
fn class_layout<C: Collector>(vm: &mut Vm<C>, bases: &[ObjRef]) -> PyResult<InstanceLayout> {
    let mut layout = InstanceLayout::Plain;
    for (i, &b) in bases.iter().enumerate() {
        let Some(t) = b.get::<TypeObject>() else {
            return Err(vm.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases"
                    .to_string(),
            ));
        };
        if bases[..i].contains(&b) {
            return Err(vm.type_error(format!("duplicate base class {}", t.name)));
        }
        if t.is_builtin && FINAL_TYPES.contains(&&*t.name.get()) {
            return Err(vm.type_error(format!("type '{}' is not an acceptable base type", t.name)));
        }
    }
    for &b in bases {
        let t = b.payload::<TypeObject>();
        let this = match t.layout {
            InstanceLayout::Plain => continue,
            InstanceLayout::Builtin(Tag::Iter)
                if t.is_builtin
                    && !crate::types::subclass::SUBCLASSABLE_ITERATORS
                        .contains(&&*t.name.get()) =>
            {
                let n = t.name.to_string();
                return Err(vm.type_error(format!("type '{n}' is not an acceptable base type")));
            }
            InstanceLayout::Builtin(tag)
                if !crate::types::subclass::subclassable(tag)
                    && tag != Tag::Type
                    && tag != Tag::Iter =>
            {
                let n = t.name.to_string();
                return Err(vm.type_error(format!("type '{n}' is not an acceptable base type")));
            }
            l => l,
        };
        match layout {
            InstanceLayout::Plain => layout = this,
            l if l == this => {}
            // int and bool, str and bytes, list and dict: no common layout.
            _ => {
                return Err(
                    vm.type_error("multiple bases have instance lay-out conflict".to_string())
                )
            }
        }
    }
    Ok(layout)
}

/// C3 linearisation of the bases (without the new class itself).
fn c3_mro<C: Collector>(vm: &mut Vm<C>, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases
        .iter()
        .map(|&b| b.payload::<TypeObject>().mro_with_self(b))
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs
            .iter()
            .map(|s| s[0])
            .find(|&h| seqs.iter().all(|s| !s[1..].contains(&h)));
        let Some(h) = head else {
            // CPython's set_mro_error: the classes still heading the
            // lists to merge, each once.
            let mut heads: Vec<ObjRef> = Vec::new();
            for s in &seqs {
                if !heads.contains(&s[0]) {
                    heads.push(s[0]);
                }
            }
            let names: Vec<String> = heads
                .iter()
                .map(|&b| b.payload::<TypeObject>().name.to_string())
                .collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(h);
        for s in seqs.iter_mut() {
            if s[0] == h {
                s.remove(0);
            }
        }
    }
}

/// Recompute the cached "has `__del__`" flag of a class.
pub fn refresh_has_del<C: Collector>(vm: &mut Vm<C>, cls: ObjRef) {
    let del = vm.names.del;
    let has = vm.lookup_type_attr(cls, del).is_some();
    cls.payload::<TypeObject>().has_del.set(has);
    let key = vm.intern_borrow("__getattribute__");
    let own = vm
        .lookup_type_attr(cls, key)
        .is_some_and(|f| f.tag() == Tag::Function);
    cls.payload::<TypeObject>().has_getattribute.set(own);
}

impl<C: Collector> Vm<C> {
    /// A new, uninitialised instance of the user class `cls`.
    pub(crate) fn new_instance(
        &mut self,
        cls: ObjRef,
        args: &crate::interp::call::CallArgs,
    ) -> PyResult<ObjRef> {
        let t = cls.payload::<TypeObject>();
        match t.layout {
            InstanceLayout::Exception
                if self.is_subclass(cls, self.types.get("BaseExceptionGroup")) =>
            {
                self.new_exception_group(cls, args)
            }
            InstanceLayout::Exception => {
                let cls = self.os_error_subclass(cls, &args.pos);
                let items: Vec<ObjRef> = args.pos.iter().map(|&a| self.incref(a)).collect();
                let tuple = self.new_tuple(items)?;
                self.new_exception_object(cls, tuple)
            }
            InstanceLayout::Builtin(tag) => self.new_sub_instance(cls, tag, args),
            InstanceLayout::Plain => self.alloc_instance(cls),
        }
    }

    /// `OSError(errno, ...)` makes the subclass for that errno, as CPython
    /// does on Linux (`OSError(2, ...)` is a FileNotFoundError).
    fn os_error_subclass(&self, cls: ObjRef, args: &[ObjRef]) -> ObjRef {
        if cls != self.types.get("OSError") || args.len() < 2 {
            return cls;
        }
        let Some(errno) = crate::types::scalar::int_of(args[0]).and_then(|i| i.as_i64()) else {
            return cls;
        };
        let name = match errno {
            11 | 114 | 115 => "BlockingIOError",
            10 => "ChildProcessError",
            32 | 108 => "BrokenPipeError",
            103 => "ConnectionAbortedError",
            111 => "ConnectionRefusedError",
            104 => "ConnectionResetError",
            17 => "FileExistsError",
            2 => "FileNotFoundError",
            21 => "IsADirectoryError",
            20 => "NotADirectoryError",
            4 => "InterruptedError",
            1 | 13 => "PermissionError",
            3 => "ProcessLookupError",
            110 => "TimeoutError",
            _ => return cls,
        };
        self.types.get(name)
    }

    /// A new instance of the user class (or `object`) `cls`, with no
    /// attributes yet and without calling `__init__`.
    pub(crate) fn alloc_instance(&mut self, cls: ObjRef) -> PyResult<ObjRef> {
        let t = cls.payload::<TypeObject>();
        // The `__dict__` is made when first needed (as CPython 3.11 keeps
        // attributes inline until asked for the dict).
        let inst = InstanceObject {
            class: Cell::new(self.incref(cls)),
            dict: Cell::new(None),
        };
        let names = match cls == self.types.object {
            true => 0,
            false => t.shared_keys.on_new_instance(),
        };
        if cls == self.types.object {
            // `object()` has no __dict__ and can hold nothing.
            self.alloc(&BARE_OBJECT_VT, inst)
        } else if t.slots.uses_slots() {
            let vt = t
                .slots
                .layout
                .unwrap_or_else(|| crate::types::instance::slots_vtable(t.slots.total));
            self.alloc_tail(vt, SlotsInstance { base: inst })
        } else if names > 0 {
            // Room for every attribute its class's instances have had so
            // far, inline (see `ValuesInstance`).
            let n = names.min(crate::types::instance::MAX_VALUES);
            let vt = crate::types::instance::values_vtable(n);
            self.alloc_tail(vt, ValuesInstance { base: inst })
        } else {
            self.alloc(&INSTANCE_VT, inst)
        }
    }

    /// `BaseException.__init__`: set `args`.
    pub(crate) fn exception_init(&mut self, exc: ObjRef, args: &[ObjRef]) -> PyResult<()> {
        let items: Vec<ObjRef> = args.iter().map(|&a| self.incref(a)).collect();
        let t = self.new_tuple(items)?;
        let old = exc.payload::<ExceptionObject>().args.replace(t);
        self.decref(old);
        self.set_exception_member(exc, true);
        if self.is_instance_of_name(exc, "OSError") {
            self.init_os_error(exc)?;
        }
        Ok(())
    }
}
