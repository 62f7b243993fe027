//! `__slots__`: the layout a class statement's `__slots__` gives its
//! instances (CPython's `type_new` checks, in its order and words), the
//! member descriptors that read and write the slots, and what instances
//! of such classes lack (`__dict__`, weak references).

use crate::builtins::{check_args, def_method};
use crate::object::{ObjExt, Tag};
use crate::types::instance::{MemberObject, GETSET_VT, MEMBER_VT};
use crate::types::str::str_of;
use crate::types::typeobj::{InstanceLayout, SlotLayout, TypeObject};
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

/// CPython's `_Py_Mangle`: `__x` in class `_A` is `_A__x`.
pub fn mangle(class: &str, name: &str) -> String {
    let class = class.trim_start_matches('_');
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') || class.is_empty() {
        return name.to_string();
    }
    format!("_{class}{name}")
}

/// The class that first added named slots to `t`'s layout (CPython's
/// `solid_base`), if any did.
fn solid_base(t: ObjRef) -> Option<ObjRef> {
    let ty = t.payload::<TypeObject>();
    if ty.slots.own > 0 {
        return Some(t);
    }
    if ty.slots.total == 0 {
        return None;
    }
    ty.bases
        .borrow()
        .iter()
        .find(|b| b.payload::<TypeObject>().slots.total == ty.slots.total)
        .and_then(|&b| solid_base(b))
}

/// The base whose layout the new class extends (CPython's `best_base`):
/// the one with the most slots, provided every other base's slots are
/// its own ancestors' (else the bases' layouts conflict).
fn best_base<C: Collector>(
    vm: &mut Vm<C>,
    bases: &[ObjRef],
    layout: InstanceLayout,
) -> PyResult<ObjRef> {
    let mut best = bases[0];
    let mut best_total = 0;
    for &b in bases {
        let total = b.payload::<TypeObject>().slots.total;
        if total > best_total {
            (best, best_total) = (b, total);
        }
    }
    let Some(winner) = solid_base(best) else {
        return Ok(best);
    };
    let winner_mro = winner.payload::<TypeObject>().mro_with_self(winner);
    let conflict = matches!(
        layout,
        InstanceLayout::Exception | InstanceLayout::Builtin(_)
    ) || bases
        .iter()
        .filter_map(|&b| solid_base(b))
        .any(|s| !winner_mro.contains(&s));
    if conflict {
        return Err(vm.type_error("multiple bases have instance lay-out conflict".to_string()));
    }
    Ok(best)
}

/// The instance layout of a new class named `name` with these bases and
/// class namespace `dict`: its `__slots__` checked as CPython's
/// `type_new` checks them.
pub fn layout<C: Collector>(
    vm: &mut Vm<C>,
    name: &str,
    bases: &[ObjRef],
    layout: InstanceLayout,
    dict: ObjRef,
) -> PyResult<SlotLayout> {
    let best = best_base(vm, bases, layout)?;
    let parent = &best.payload::<TypeObject>().slots;
    let others_dict = bases
        .iter()
        .any(|b| b.payload::<TypeObject>().slots.has_dict);
    let others_weak = bases
        .iter()
        .any(|b| b.payload::<TypeObject>().slots.weakrefable);
    // CPython gives instances of a variable-size builtin's subclass
    // (`int`, `bytes`, `tuple`) a dict but no weak references.
    let varsize = matches!(
        layout,
        InstanceLayout::Builtin(Tag::Int | Tag::Bytes | Tag::Tuple)
    );
    let Some(spec) = vm.dict_get_str(dict, "__slots__")? else {
        return Ok(SlotLayout {
            total: parent.total,
            own: 0,
            names: parent.names.clone(),
            has_dict: true,
            weakrefable: others_weak || !varsize,
            adds_dict: !others_dict,
            adds_weakref: !others_weak && !varsize,
            layout: None,
        }
        .with_vtable());
    };
    let items = if spec.tag() == Tag::Str {
        vec![spec]
    } else {
        let r = vm.iterate(spec);
        vm.decref(spec);
        r?
    };
    let r = own_slots(vm, name, parent, dict, &items);
    vm.decref_all(items);
    let (mut own, add_dict, add_weak) = r?;
    own.sort();
    let names: Box<[Box<str>]> = own
        .iter()
        .map(|s| s.as_str().into())
        .chain(parent.names.iter().cloned())
        .collect();
    if !own.is_empty() {
        match layout {
            InstanceLayout::Exception => {
                return Err(vm.type_error(
                    "named __slots__ on an exception class are not supported by ouro yet"
                        .to_string(),
                ))
            }
            // CPython's rule for variable-size layouts.
            InstanceLayout::Builtin(tag @ (Tag::Int | Tag::Bytes | Tag::Tuple)) => {
                let n = match tag {
                    Tag::Int => "int",
                    Tag::Bytes => "bytes",
                    _ => "tuple",
                };
                return Err(vm.type_error(format!(
                    "nonempty __slots__ not supported for subtype of '{n}'"
                )));
            }
            InstanceLayout::Builtin(_) => {
                return Err(vm.type_error(
                    "named __slots__ on a subclass of a builtin type are not supported by ouro yet"
                        .to_string(),
                ))
            }
            InstanceLayout::Plain => {}
        }
    }
    if names.len() > crate::types::instance::MAX_SLOTS {
        // (The count is kept in the instances' layout word.)
        return Err(vm.new_error(
            "MemoryError",
            format!(
                "{} __slots__: ouro's instances hold at most {}",
                names.len(),
                crate::types::instance::MAX_SLOTS
            ),
        ));
    }
    Ok(SlotLayout {
        total: names.len(),
        own: own.len(),
        names,
        has_dict: add_dict || others_dict,
        weakrefable: add_weak || others_weak,
        adds_dict: add_dict && !others_dict,
        adds_weakref: add_weak && !others_weak,
        layout: None,
    }
    .with_vtable())
}

/// The (mangled) names of the slots `items` add, and whether they ask for
/// a `__dict__` and for weak references.
fn own_slots<C: Collector>(
    vm: &mut Vm<C>,
    class: &str,
    parent: &SlotLayout,
    dict: ObjRef,
    items: &[ObjRef],
) -> PyResult<(Vec<String>, bool, bool)> {
    let (mut add_dict, mut add_weak) = (false, false);
    for &item in items {
        let Some(s) = str_of(item) else {
            let tn = vm.type_name(item);
            return Err(vm.type_error(format!("__slots__ items must be strings, not '{tn}'")));
        };
        if !crate::types::str::chars::is_identifier(s) {
            return Err(vm.type_error("__slots__ must be identifiers".to_string()));
        }
        if s == "__dict__" {
            if parent.has_dict || add_dict {
                return Err(vm.type_error("__dict__ slot disallowed: we already got one".into()));
            }
            add_dict = true;
        }
        if s == "__weakref__" {
            if parent.weakrefable || add_weak {
                return Err(vm.type_error(
                    "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"
                        .into(),
                ));
            }
            add_weak = true;
        }
    }
    let mut own = Vec::new();
    for &item in items {
        let s = str_of(item).expect("checked above");
        if s == "__dict__" || s == "__weakref__" {
            continue;
        }
        let name = mangle(class, s);
        if !matches!(name.as_str(), "__qualname__" | "__classcell__") {
            if let Some(v) = vm.dict_get_str(dict, &name)? {
                vm.decref(v);
                return Err(vm.value_error(format!(
                    "'{name}' in __slots__ conflicts with class variable"
                )));
            }
        }
        own.push(name);
    }
    Ok((own, add_dict, add_weak))
}

/// Put into the dict of the new class `cls` what CPython's `type_new`
/// adds after the namespace: a member descriptor for each slot it added,
/// the `__dict__` and `__weakref__` descriptors if it gave its instances
/// those, and `__doc__` (None) if the class body set none.
pub fn add_members<C: Collector>(vm: &mut Vm<C>, cls: ObjRef) -> PyResult<()> {
    let t = cls.payload::<TypeObject>();
    add_slot_members(vm, cls)?;
    for (name, adds) in [
        ("__dict__", t.slots.adds_dict),
        ("__weakref__", t.slots.adds_weakref),
    ] {
        if !adds {
            continue;
        }
        let key = vm.new_str(name)?;
        let getset = MemberObject {
            name: vm.incref(key),
            owner: vm.incref(cls),
            from_end: 0,
        };
        let r = vm
            .alloc(&GETSET_VT, getset)
            .and_then(|g| vm.using(g, |vm, g| vm.dict_set(t.dict, key, g)));
        vm.decref(key);
        r?;
    }
    if vm
        .dict_get_str(t.dict, "__doc__")?
        .map(|d| vm.decref(d))
        .is_none()
    {
        let none = vm.none;
        vm.dict_set_str(t.dict, "__doc__", none)?;
    }
    Ok(())
}

fn add_slot_members<C: Collector>(vm: &mut Vm<C>, cls: ObjRef) -> PyResult<()> {
    let t = cls.payload::<TypeObject>();
    for (i, name) in t.slots.names[..t.slots.own].iter().enumerate() {
        let key = vm.new_str(name)?;
        let member = MemberObject {
            name: vm.incref(key),
            owner: vm.incref(cls),
            from_end: t.slots.total - i,
        };
        let member = match vm.alloc(&MEMBER_VT, member) {
            Ok(m) => m,
            Err(e) => {
                vm.with_roots(&[e], |vm| vm.decref(key));
                return Err(e);
            }
        };
        let r = vm.dict_set(t.dict, key, member);
        vm.decref(key);
        vm.decref(member);
        r?;
    }
    Ok(())
}

/// Check as CPython's `descr_check` that `obj` is an instance of the
/// descriptor's class.
fn descr_check<C: Collector>(vm: &mut Vm<C>, descr: ObjRef, obj: ObjRef) -> PyResult<()> {
    let m = descr.payload::<MemberObject>();
    let t = vm.type_of(obj);
    let fits = vm.is_subclass(t, m.owner);
    if fits && (descr.tag() == Tag::GetSet || m.slot(obj).is_some()) {
        return Ok(());
    }
    let n = str_of(m.name).unwrap_or("?").to_string();
    let owner = m.owner.payload::<TypeObject>().name.to_string();
    let tn = vm.type_name(obj);
    Err(vm.type_error(format!(
        "descriptor '{n}' for '{owner}' objects doesn't apply to a '{tn}' object"
    )))
}

/// The slot of `obj` that `member` names, checked by `descr_check`.
fn member_slot<'a, C: Collector>(
    vm: &mut Vm<C>,
    member: ObjRef,
    obj: ObjRef,
) -> PyResult<&'a std::cell::Cell<Option<ObjRef>>> {
    descr_check(vm, member, obj)?;
    Ok(member
        .payload::<MemberObject>()
        .slot(obj)
        .expect("checked above"))
}

/// `member.__get__(obj)`: the slot's value (a new reference).
pub fn member_get<C: Collector>(vm: &mut Vm<C>, member: ObjRef, obj: ObjRef) -> PyResult<ObjRef> {
    match member_slot(vm, member, obj)?.get() {
        Some(v) => Ok(vm.incref(v)),
        None => {
            let name = member.payload::<MemberObject>().name;
            Err(vm.no_attribute(obj, name))
        }
    }
}

/// `member.__set__(obj, v)` (`Some`) or `member.__delete__(obj)` (`None`).
pub fn member_set<C: Collector>(
    vm: &mut Vm<C>,
    member: ObjRef,
    obj: ObjRef,
    v: Option<ObjRef>,
) -> PyResult<()> {
    let slot = member_slot(vm, member, obj)?;
    if v.is_none() && slot.get().is_none() {
        let n = str_of(member.payload::<MemberObject>().name)
            .unwrap_or("?")
            .to_string();
        return Err(vm.new_error("AttributeError", n));
    }
    let old = slot.replace(v.map(|v| vm.incref(v)));
    vm.decref_opt(old);
    Ok(())
}

/// `<member 'a' of 'S' objects>`, `<attribute '__dict__' of 'A' objects>`.
pub fn descr_repr(descr: ObjRef) -> String {
    let m = descr.payload::<MemberObject>();
    let kind = if descr.tag() == Tag::Member {
        "member"
    } else {
        "attribute"
    };
    format!(
        "<{kind} '{}' of '{}' objects>",
        str_of(m.name).unwrap_or("?"),
        m.owner.payload::<TypeObject>().name
    )
}

/// Does the class of instance `obj` give it a `__dict__`?
pub fn has_dict<C: Collector>(vm: &Vm<C>, obj: ObjRef) -> bool {
    vm.type_of(obj)
        .get::<TypeObject>()
        .is_some_and(|t| t.slots.has_dict)
}

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    for t in ["member_descriptor", "getset_descriptor"] {
        def_method(vm, t, "__get__", dunder_get);
        def_method(vm, t, "__set__", dunder_set);
        def_method(vm, t, "__delete__", dunder_delete);
    }
}

/// `descr.__get__(obj, type)`: the descriptor itself on the class, else
/// the slot's value, the instance's `__dict__` or first weak reference.
fn dunder_get<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__get__", 2, 3)?;
    let (descr, obj) = (args.pos[0], args.pos[1]);
    if obj == vm.none {
        if args.pos.get(2).is_none_or(|&t| t == vm.none) {
            return Err(vm.type_error("__get__(None, None) is invalid".to_string()));
        }
        return Ok(vm.incref(descr));
    }
    if descr.tag() == Tag::Member {
        return member_get(vm, descr, obj);
    }
    descr_check(vm, descr, obj)?;
    let name = descr.payload::<MemberObject>().name;
    match crate::protocol::special_attrs::get(vm, obj, name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(obj, name)),
    }
}

fn dunder_set<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__set__", 3, 3)?;
    descr_store(vm, args.pos[0], args.pos[1], Some(args.pos[2]))
}

fn dunder_delete<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__delete__", 2, 2)?;
    descr_store(vm, args.pos[0], args.pos[1], None)
}

fn descr_store<C: Collector>(
    vm: &mut Vm<C>,
    descr: ObjRef,
    obj: ObjRef,
    v: Option<ObjRef>,
) -> PyResult<ObjRef> {
    if descr.tag() == Tag::Member {
        member_set(vm, descr, obj, v)?;
        return Ok(vm.new_none());
    }
    descr_check(vm, descr, obj)?;
    let name = descr.payload::<MemberObject>().name;
    if str_of(name) == Some("__weakref__") {
        let what = descr_repr(descr);
        return Err(vm.new_error(
            "AttributeError",
            format!("{} is not writable", what.trim_matches(['<', '>'])),
        ));
    }
    match crate::protocol::special_attrs::set(vm, obj, name, v)? {
        Some(()) => Ok(vm.new_none()),
        None => Err(vm.no_attribute(obj, name)),
    }
}

/// `__name__`, `__qualname__`, `__objclass__` and `__doc__` of a member
/// or getset descriptor.
pub fn descr_attr<C: Collector>(
    vm: &mut Vm<C>,
    descr: ObjRef,
    name: &str,
) -> PyResult<Option<ObjRef>> {
    let m = descr.payload::<MemberObject>();
    Ok(Some(match name {
        "__name__" => vm.incref(m.name),
        "__qualname__" => {
            let owner = m.owner.payload::<TypeObject>().qualname.to_string();
            vm.new_string(format!("{owner}.{}", str_of(m.name).unwrap_or("?")))?
        }
        "__objclass__" => vm.incref(m.owner),
        "__doc__" => match (descr.tag(), str_of(m.name)) {
            (Tag::Member, _) => vm.new_none(),
            (_, Some("__dict__")) => {
                vm.new_str("dictionary for instance variables (if defined)")?
            }
            _ => vm.new_str("list of weak references to the object (if defined)")?,
        },
        _ => return Ok(None),
    }))
}

/// `obj.__class__ = cls`, allowed as CPython's `object_set_class` allows
/// it: between user classes whose instances have the same layout.
pub fn set_class<C: Collector>(vm: &mut Vm<C>, obj: ObjRef, cls: ObjRef) -> PyResult<()> {
    let Some(new) = cls.get::<TypeObject>() else {
        let tn = vm.type_name(cls);
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{tn}' object"
        )));
    };
    let old_cls = vm.type_of(obj);
    let old = old_cls.payload::<TypeObject>();
    let cell =
        match obj.tag() {
            Tag::Instance if !old.is_builtin && !new.is_builtin => {
                &obj.payload::<crate::types::instance::InstanceObject>()
                    .class
            }
            Tag::Exception if !old.is_builtin && !new.is_builtin => {
                &obj.payload::<crate::types::exception::ExceptionObject>()
                    .class
            }
            _ => return Err(vm.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses"
                    .to_string(),
            )),
        };
    let same = std::mem::discriminant(&old.layout) == std::mem::discriminant(&new.layout)
        && old.slots.names == new.slots.names
        && old.slots.has_dict == new.slots.has_dict
        && old.slots.weakrefable == new.slots.weakrefable;
    if !same {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name, old.name
        )));
    }
    let prev = cell.replace(vm.incref(cls));
    vm.decref(prev);
    Ok(())
}
