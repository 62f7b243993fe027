//! The run-time side of `match` (CPython 3.11's MATCH_KEYS,
//! COPY_DICT_WITHOUT_KEYS and MATCH_CLASS): the compiler does the rest with
//! ordinary instructions (see `ouro_compiler`'s `codegen/pattern.rs`).

use crate::object::{ObjExt, Tag};
use crate::types::str::str_of;
use crate::types::tuple::tuple_items;
use crate::types::typeobj::{TypeObject, TPFLAGS_MAPPING, TPFLAGS_SEQUENCE};
use crate::vm::{PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

/// Builtin types whose class pattern takes one positional sub-pattern
/// matching the subject itself (CPython's `_Py_TPFLAGS_MATCH_SELF`).
const MATCH_SELF: &[&str] = &[
    "bool",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

impl<C: Collector> Vm<C> {
    /// The `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING` bits of `o`'s type.
    pub(crate) fn collection_flags(&self, o: ObjRef) -> u32 {
        match o.tag() {
            Tag::Dict => TPFLAGS_MAPPING,
            Tag::List | Tag::Tuple | Tag::Range => TPFLAGS_SEQUENCE,
            _ => self
                .type_of(o)
                .payload::<TypeObject>()
                .collection_flags
                .get(),
        }
    }

    /// `MatchKeys`: the values of `keys` in `subject` as a tuple, or None
    /// when one is missing. A key given twice is CPython's ValueError.
    pub(crate) fn match_keys(&mut self, subject: ObjRef, keys: ObjRef) -> PyResult<ObjRef> {
        let keys: Vec<ObjRef> = tuple_items(keys).unwrap_or(&[]).to_vec();
        let mut values: Vec<ObjRef> = Vec::with_capacity(keys.len());
        let r = self.collect_keys(subject, &keys, &mut values);
        match r {
            Ok(true) => self.new_tuple(values),
            Ok(false) => {
                self.decref_all(values);
                Ok(self.new_none())
            }
            Err(e) => {
                self.with_roots(&[e], |vm| vm.decref_all(values));
                Err(e)
            }
        }
    }

    /// Look each key up (`subject.get(key, <missing>)`), pushing the values
    /// (owned) found; false at the first missing one.
    fn collect_keys(
        &mut self,
        subject: ObjRef,
        keys: &[ObjRef],
        values: &mut Vec<ObjRef>,
    ) -> PyResult<bool> {
        // Helpers: a set of the keys seen, `subject.get` (a dict answers
        // directly) and a fresh object marking a missing key.
        let mut helpers = vec![self.new_set(false)?];
        let made = (|| {
            if subject.tag() != Tag::Dict {
                let name = self.intern_borrow("get");
                helpers.push(self.with_roots(&helpers.clone(), |vm| vm.getattr(subject, name))?);
            }
            let object = self.types.object;
            helpers.push(self.with_roots(&helpers.clone(), |vm| vm.call(object, &[]))?);
            Ok(())
        })();
        if let Err(e) = made {
            self.with_roots(&[e], |vm| vm.decref_all(helpers));
            return Err(e);
        }
        let seen = helpers[0];
        let missing = *helpers.last().expect("pushed");
        let get = (helpers.len() == 3).then(|| helpers[1]);
        let base = self.temp_roots.len();
        self.temp_roots.extend_from_slice(&helpers);
        let mut r = Ok(true);
        for &k in keys {
            let step = (|| {
                if self.set_contains(seen, k)? {
                    let kr = self.repr_string(k)?;
                    return Err(
                        self.value_error(format!("mapping pattern checks duplicate key ({kr})"))
                    );
                }
                self.set_add(seen, k)?;
                match get {
                    None => self.dict_get(subject, k),
                    Some(g) => {
                        let v = self.call(g, &[k, missing])?;
                        if v == missing {
                            self.decref(v);
                            return Ok(None);
                        }
                        Ok(Some(v))
                    }
                }
            })();
            match step {
                Ok(Some(v)) => {
                    values.push(v);
                    // Owned here, and rooted while the next lookups run.
                    self.temp_roots.push(v);
                }
                Ok(None) => {
                    r = Ok(false);
                    break;
                }
                Err(e) => {
                    r = Err(e);
                    break;
                }
            }
        }
        // The helpers go, the values (and an error) staying rooted.
        let found = self.temp_roots.split_off(base + helpers.len());
        self.temp_roots.truncate(base);
        self.temp_roots.extend(found);
        if let Err(e) = r {
            self.temp_roots.push(e);
        }
        self.decref_all(helpers);
        self.temp_roots.truncate(base);
        r
    }

    /// `CopyDictWithoutKeys`: `{**subject}` less the keys.
    pub(crate) fn copy_dict_without_keys(
        &mut self,
        subject: ObjRef,
        keys: ObjRef,
    ) -> PyResult<ObjRef> {
        let rest = self.new_dict()?;
        self.fill(rest, |vm, rest| {
            vm.dict_update(rest, subject, false)?;
            let keys: Vec<ObjRef> = tuple_items(keys).unwrap_or(&[]).to_vec();
            for k in keys {
                vm.dict_del(rest, k)?;
            }
            Ok(())
        })
    }

    /// `MatchClass(npos)`: the attributes a class pattern matches, or None.
    pub(crate) fn match_class(
        &mut self,
        subject: ObjRef,
        cls: ObjRef,
        npos: usize,
        names: ObjRef,
    ) -> PyResult<ObjRef> {
        if cls.tag() != Tag::Type {
            return Err(self.type_error("called match pattern must be a type".into()));
        }
        if !self.is_instance(subject, cls) {
            return Ok(self.new_none());
        }
        let mut attrs: Vec<ObjRef> = Vec::new();
        let mut seen: Vec<ObjRef> = Vec::new();
        let r = self.class_attrs(subject, cls, npos, names, &mut attrs, &mut seen);
        self.decref_all(seen);
        match r {
            Ok(true) => self.new_tuple(attrs),
            Ok(false) => {
                self.decref_all(attrs);
                Ok(self.new_none())
            }
            Err(e) => {
                self.with_roots(&[e], |vm| vm.decref_all(attrs));
                Err(e)
            }
        }
    }

    /// Gather the positional then keyword attributes into `attrs` (owned);
    /// false when one is missing. `seen` collects the names (owned).
    fn class_attrs(
        &mut self,
        subject: ObjRef,
        cls: ObjRef,
        npos: usize,
        names: ObjRef,
        attrs: &mut Vec<ObjRef>,
        seen: &mut Vec<ObjRef>,
    ) -> PyResult<bool> {
        let cls_name = cls.payload::<TypeObject>().name.to_string();
        if npos > 0 {
            let key = self.intern_borrow("__match_args__");
            let match_args = match self.getattr(cls, key) {
                Ok(m) => Some(m),
                Err(e) if self.is_instance_of_name(e, "AttributeError") => {
                    self.decref(e);
                    None
                }
                Err(e) => return Err(e),
            };
            let match_self = match_args.is_none()
                && MATCH_SELF
                    .iter()
                    .any(|n| self.is_subclass(cls, self.types.get(n)));
            let positional: Vec<ObjRef> = match match_args {
                Some(m) => {
                    let items = tuple_items(m).map(<[ObjRef]>::to_vec);
                    let Some(items) = items else {
                        let tn = self.type_name(m);
                        self.decref(m);
                        return Err(self.type_error(format!(
                            "{cls_name}.__match_args__ must be a tuple (got {tn})"
                        )));
                    };
                    for &i in &items {
                        self.incref(i);
                    }
                    self.decref(m);
                    items
                }
                None => Vec::new(),
            };
            let allowed = if match_self { 1 } else { positional.len() };
            if allowed < npos {
                self.decref_all(positional);
                let s = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{cls_name}() accepts {allowed} positional sub-pattern{s} ({npos} given)"
                )));
            }
            if match_self {
                attrs.push(self.incref(subject));
            } else {
                let r = self.with_roots(&positional, |vm| {
                    for &name in &positional[..npos] {
                        if name.tag() != Tag::Str {
                            let tn = vm.type_name(name);
                            return Err(vm.type_error(format!(
                                "__match_args__ elements must be strings (got {tn})"
                            )));
                        }
                        if !vm.class_attr(subject, &cls_name, name, attrs, seen)? {
                            return Ok(false);
                        }
                    }
                    Ok(true)
                });
                self.decref_all(positional);
                if !r? {
                    return Ok(false);
                }
            }
        }
        let kw: Vec<ObjRef> = tuple_items(names).unwrap_or(&[]).to_vec();
        for name in kw {
            if !self.class_attr(subject, &cls_name, name, attrs, seen)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// One attribute of a class pattern (CPython's `match_class_attr`).
    fn class_attr(
        &mut self,
        subject: ObjRef,
        cls_name: &str,
        name: ObjRef,
        attrs: &mut Vec<ObjRef>,
        seen: &mut Vec<ObjRef>,
    ) -> PyResult<bool> {
        let n = str_of(name).unwrap_or("");
        if seen.iter().any(|&s| str_of(s) == Some(n)) {
            let r = self.repr_string(name)?;
            return Err(self.type_error(format!(
                "{cls_name}() got multiple sub-patterns for attribute {r}"
            )));
        }
        seen.push(self.incref(name));
        // The attributes found so far stay rooted while `getattr` runs code.
        let base = self.temp_roots.len();
        self.temp_roots.extend_from_slice(attrs);
        let r = self.getattr(subject, name);
        self.temp_roots.truncate(base);
        match r {
            Ok(v) => {
                attrs.push(v);
                Ok(true)
            }
            Err(e) if self.is_instance_of_name(e, "AttributeError") => {
                self.decref(e);
                Ok(false)
            }
            Err(e) => Err(e),
        }
    }
}
