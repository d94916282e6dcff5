"""The hash index that socratic's generated tables are found through (HashedLineTable.swift).

A table is lines KEY TAB ... joined by newlines, in one static string. Its index is a second
static string: a power of two of slots, at most three quarters used, 4 characters each: the
offset of a line's first byte plus one in base 64 (digits chr(48 + 0) ... chr(48 + 63)), "0000"
for an empty slot. A key sits in the slot its FNV-1a hash (32 bits, over its UTF-8 bytes) falls
in, or the first free one after it.
"""


def fnv1a(data):
    """FNV-1a, 32 bits: the hash the Swift side computes."""
    value = 0x811C9DC5
    for byte in data:
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value


def hash_index(name, table_name, lines):
    """The Swift declaration of the hash index of a table's lines."""
    count = 1
    while count * 3 < len(lines) * 4:
        count *= 2
    slots = [0] * count
    offset = 0
    for line in lines:
        key = line.split("\t", 1)[0].encode("utf-8")
        slot = fnv1a(key) & (count - 1)
        while slots[slot]:
            slot = (slot + 1) & (count - 1)
        slots[slot] = offset + 1
        offset += len(line.encode("utf-8")) + 1
    assert offset < 64 ** 4
    digits = "".join(
        "".join(chr(48 + (value >> shift) % 64) for shift in (18, 12, 6, 0)) for value in slots)
    return (f"/// The hash index of `{table_name}`: {count} slots of 4 base-64 digits (see\n"
            f"/// HashedLineTable).\n"
            f'let {name}: StaticString = #"{digits}"#\n')
