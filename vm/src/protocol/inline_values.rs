//! An instance's inline attribute values (`ValuesInstance`): where a
//! name sits among them, reading one without a dict, and moving them
//! into the attribute dict they stand for when anything but a plain read
//! or an in-order write needs one.

use crate::object::{ObjExt, Tag};
use crate::types::instance::{values_of, values_set, InstanceObject};
use crate::types::sharedkeys::SharedKeys;
use crate::types::typeobj::TypeObject;
use crate::vm::{PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};
use std::cell::Cell;

/// The shared keys of `obj`'s class.
fn keys_of<'a>(obj: ObjRef) -> &'a SharedKeys {
    let class = obj.payload::<InstanceObject>().class.get();
    &class.payload::<TypeObject>().shared_keys
}

/// The shared-keys id of `obj`'s class (0: none).
fn keys_id(obj: ObjRef) -> u32 {
    keys_of(obj).id()
}

/// Where the str `name` (exact) sits in the shared keys of `obj`'s class.
/// (A name the class's filter rules out is not looked up.)
pub fn position(obj: ObjRef, name: ObjRef) -> Option<usize> {
    debug_assert_eq!(name.tag(), Tag::Str);
    let keys = keys_of(obj);
    let s = name.payload::<crate::types::str::StrObject>();
    if keys.id() == 0 || !keys.may_hold(s.hash()) {
        return None;
    }
    crate::types::sharedkeys::position(keys.id(), (s.hash(), &s.s))
}

/// The attribute `name` (an exact str) among `values`, the inline values
/// of `obj` (borrowed).
pub fn get(obj: ObjRef, values: &[Cell<Option<ObjRef>>], name: ObjRef) -> Option<ObjRef> {
    values.get(position(obj, name)?)?.get()
}

/// The name of the attribute among `obj`'s inline values that holds
/// `value`, if one does (the first).
pub fn name_holding(obj: ObjRef, value: ObjRef) -> Option<String> {
    let values = values_of(obj)?;
    let at = values.iter().position(|v| v.get() == Some(value))?;
    let mut names = crate::types::sharedkeys::names(keys_id(obj), at + 1);
    (names.len() == at + 1).then(|| names.swap_remove(at).into_string())
}

impl<C: Collector> Vm<C> {
    /// Give `obj`, if its inline values hold its attributes, the dict
    /// they stand for (see `ValuesInstance`): hidden, sharing its class's
    /// keys, the values moved into it in the keys' order. Nothing to do
    /// when none is set (the dict is made when first needed, as for any
    /// instance).
    pub(crate) fn values_to_dict(&mut self, obj: ObjRef) -> PyResult<()> {
        let Some(values) = values_of(obj) else {
            return Ok(());
        };
        let set = values_set(values);
        if set == 0 {
            return Ok(());
        }
        let names = crate::types::sharedkeys::names(keys_id(obj), set);
        assert_eq!(names.len(), set, "inline values name their class's keys");
        let d = self.new_split_instance_dict(obj)?;
        // The dict holds the attributes from here on (the tail is read no
        // more): each value moves from the one to the other.
        obj.payload::<InstanceObject>().dict.set(Some(d));
        let dict = crate::types::dict::dict_of(d).expect("a dict");
        let mut remade = false;
        for (value, name) in values.iter().zip(&names) {
            let key = self.intern(name);
            let v = value.take().expect("a set value");
            remade |= dict
                .add_exact_str(key, v)
                .expect("a new str key of a dict in the keys' order");
        }
        match remade {
            true => self.sync_account(d),
            false => Ok(()),
        }
    }

    /// The attribute `name` of `obj` (borrowed) if its inline values
    /// hold its attributes and one is `name`. (A name that is not an
    /// exact str moves the values into their dict, where the general
    /// lookup finds it.)
    pub(crate) fn values_attr(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<Option<ObjRef>> {
        let Some(values) = values_of(obj) else {
            return Ok(None);
        };
        if name.tag() != Tag::Str {
            self.values_to_dict(obj)?;
            return Ok(None);
        }
        Ok(get(obj, values, name))
    }

    /// `obj`'s attribute dict (borrowed), its inline values moved into
    /// one first if they hold its attributes: for every reader of an
    /// instance's attributes that needs them as a dict.
    pub(crate) fn attribute_dict(&mut self, obj: ObjRef) -> PyResult<Option<ObjRef>> {
        self.values_to_dict(obj)?;
        Ok(self.instance_dict(obj))
    }
}
