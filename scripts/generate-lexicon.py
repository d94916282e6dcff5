#!/usr/bin/env python3
"""Generates socratic's word table from WordNet 3.0.

Usage: python3 scripts/generate-lexicon.py [WORDNET_DIR] > \
           Sources/SocraticCore/Language/Generated/WordNetLexicon.generated.swift

WORDNET_DIR defaults to /usr/share/wordnet (Debian's wordnet-base). The licence notice is read
from LICENSES/WordNet.txt. Additions that WordNet lacks come from scripts/lexicon-supplement.txt.

The output is three sorted, newline-separated tables, each a single static string that the
Swift side finds its lines in, in place, through a hash index written beside it (see
scripts/hashed_table.py): no parsing at start-up, no dictionary literal.

  words             word TAB tags     tags: n noun, v verb, a adjective, r adverb,
                                      c mostly a name, spelled with a capital (China, Tesla),
                                      P irregular plural noun (people, media),
                                      w rarely a verb: its verb senses are far rarer than
                                        its noun or adjective senses (job, war, game)
                                      l a relational adjective: it pertains to a noun and
                                        classifies rather than describes (nuclear, national)
                                      I a noun with an irregular plural (child, life, crisis)
                                      d calls a person names: every person sense of it
                                        is a bad, foolish or unpleasant person (crook, liar)
                                      A names an animal first (parasite, rat)
                                      B has a sense that is an animal (whale, dog)
                                      m usually uncountable: its commonest sense names a
                                        feeling or an attribute (shame, patience); two-word
                                        compounds are listed for this tag too (free will)
  irregular verbs   base TAB past TAB participle    (an empty past means a regular past)
  irregular forms   form TAB base TAB kind          kind: d past, p participle, b both,
                                                    s third person singular
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hashed_table import hash_index  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORD = re.compile(r"[a-z]+")
COMPOUND = re.compile(r"[a-z]+( [a-z]+)?")


def read_index(path):
    """Single-word lemmas of a WordNet index file, each with its count of tagged senses (how
    often it occurs in WordNet's sense-tagged corpus: a rough measure of how common it is)."""
    words = {}
    with open(path, encoding="latin-1") as index:
        for line in index:
            if line.startswith(" "):
                continue
            fields = line.split()
            if WORD.fullmatch(fields[0]):
                pointer_count = int(fields[3])
                words[fields[0]] = int(fields[5 + pointer_count])
    return words


def read_capitalised(wordnet):
    """Lowercased single-word lemmas that are mostly names: nouns without adjective or adverb
    senses, at least a third of whose senses are spelled with a capital (China, Tesla,
    Congress), and with fewer verb senses than named ones ("cash" is a verb more than it is
    Johnny Cash)."""
    capital = {}
    lowercase = {}
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(wordnet, "data." + pos), encoding="latin-1") as data:
            for line in data:
                if line.startswith(" "):
                    continue
                fields = line.split()
                for i in range(int(fields[3], 16)):
                    lemma = re.sub(r"\(.*\)$", "", fields[4 + 2 * i])
                    word = lemma.lower()
                    if not WORD.fullmatch(word):
                        continue
                    if lemma[:1].isupper():
                        capital[word] = capital.get(word, 0) + 1
                    else:
                        senses = lowercase.setdefault(word, {})
                        senses[pos] = senses.get(pos, 0) + 1
    names = set()
    for word, count in capital.items():
        senses = lowercase.get(word, {})
        if senses.get("adj") or senses.get("adv") or senses.get("verb", 0) >= count:
            continue
        if count * 3 >= sum(senses.values()):
            names.add(word)
    return names


def read_relational(path):
    """Single-word adjectives with a pertainym pointer ("nuclear" pertains to "nucleus",
    "national" to "nation"): adjectives that classify a noun rather than describe it, so that
    "nuclear power" is a kind of power, where "absolute power" is power of a degree."""
    relational = set()
    with open(path, encoding="latin-1") as data:
        for line in data:
            if line.startswith(" "):
                continue
            fields = line.split()
            count = int(fields[3], 16)
            words = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).lower() for i in range(count)]
            position = 4 + 2 * count
            pointers = int(fields[position])
            position += 1
            for _ in range(pointers):
                symbol, _offset, _pos, source_target = fields[position:position + 4]
                position += 4
                if symbol != "\\":
                    continue
                source = int(source_target[:2], 16)
                for word in words if source == 0 else [words[source - 1]]:
                    if WORD.fullmatch(word):
                        relational.add(word)
    return relational


def read_uncountable(wordnet):
    """Nouns, and two-word compounds ("free will"), whose commonest sense names a feeling or an
    attribute (WordNet's lexicographer files noun.feeling and noun.attribute): such nouns are
    usually uncountable, so "no shame" turns into "some shame", not "a shame"."""
    feeling_or_attribute = {7, 12}  # noun.attribute, noun.feeling
    lexicographer_file = {}
    with open(os.path.join(wordnet, "data.noun"), encoding="latin-1") as data:
        for line in data:
            if not line.startswith(" "):
                fields = line.split(maxsplit=2)
                lexicographer_file[fields[0]] = int(fields[1])
    uncountable = set()
    with open(os.path.join(wordnet, "index.noun"), encoding="latin-1") as index:
        for line in index:
            if line.startswith(" "):
                continue
            fields = line.split()
            senses = int(fields[2])
            first = fields[len(fields) - senses]
            word = fields[0].replace("_", " ")
            if lexicographer_file[first] in feeling_or_attribute and COMPOUND.fullmatch(word):
                uncountable.add(word)
    return uncountable


def read_name_calling(wordnet):
    """Nouns that call people names, nouns that name animals first, and nouns with an animal
    sense.

    A noun calls a person names (tag "d") when its commonest sense is a person and every sense
    of it that is a person is, by WordNet's hypernyms, a bad, foolish or unpleasant person or a
    misfit ("crook", "liar", "grifter", "twit"), and it is no adjective: "runner" and "junior"
    name other people too, "criminal" describes acts. A noun names an animal first (tag "A")
    when its commonest sense is an animal ("parasite", "leech", "rat"): said of people, it
    calls them names. Generic words for living things are left out ("animal", "creature"). A
    noun with any animal sense (tag "B": "whale", "dog") may name animals rather than people."""
    person, animal = 18, 5  # noun.person, noun.animal
    faults = {"bad_person", "simpleton", "unpleasant_person", "misfit"}
    generic = {"animal", "creature", "mammal", "organism", "being", "primate", "vertebrate",
               "species", "beast", "fauna", "wildlife", "pet", "human", "individual"}
    synsets = {}
    with open(os.path.join(wordnet, "data.noun"), encoding="latin-1") as data:
        for line in data:
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            count = int(fields[3], 16)
            lemmas = [fields[4 + 2 * i] for i in range(count)]
            pointers_at = 4 + 2 * count
            hypernyms = [
                fields[pointers_at + 2 + 4 * i] for i in range(int(fields[pointers_at]))
                if fields[pointers_at + 1 + 4 * i] in ("@", "@i")]
            synsets[fields[0]] = (int(fields[1]), lemmas, hypernyms)
    roots = {offset for offset, (_, lemmas, _) in synsets.items()
             if any(lemma in faults for lemma in lemmas)}

    def is_fault(offset):
        seen, stack = set(), [offset]
        while stack:
            current = stack.pop()
            if current in roots:
                return True
            for hypernym in synsets[current][2]:
                if hypernym not in seen:
                    seen.add(hypernym)
                    stack.append(hypernym)
        return False

    adjectives = set(read_index(os.path.join(wordnet, "index.adj")))
    calling, animals, some_animal = set(), set(), set()
    with open(os.path.join(wordnet, "index.noun"), encoding="latin-1") as index:
        for line in index:
            if line.startswith(" "):
                continue
            fields = line.split()
            word = fields[0]
            if not WORD.fullmatch(word):
                continue
            offsets = fields[len(fields) - int(fields[2]):]
            files = [synsets[offset][0] for offset in offsets]
            # A sense spelled with a capital is a name ("Teach" the pirate), not a word for people.
            lowercase = [o for o in offsets if word in synsets[o][1]]
            if not lowercase:
                continue
            if files[0] == animal and word not in generic:
                animals.add(word)
            if animal in files:
                some_animal.add(word)
            people = [o for o, f in zip(offsets, files) if f == person]
            if (files[0] == person and word not in adjectives
                    and all(is_fault(o) for o in people)):
                calling.add(word)
    return calling, animals, some_animal


def read_exceptions(path):
    """(form, base) pairs of a WordNet exception list, single words only."""
    pairs = []
    with open(path, encoding="latin-1") as exceptions:
        for line in exceptions:
            form, *bases = line.split()
            for base in bases:
                if WORD.fullmatch(form) and WORD.fullmatch(base):
                    pairs.append((form, base))
    return pairs


def read_supplement(path):
    sections = {}
    current = None
    with open(path, encoding="utf-8") as supplement:
        for line in supplement:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("["):
                current = sections.setdefault(line.strip("[]"), [])
            else:
                current.extend(line.split())
    return sections


def is_en_participle(base, form):
    """shown (show), proven (prove), given (give), eaten (eat): the -n/-en participle."""
    return form.endswith("n") and (
        form in (base + "n", base + "en") or (base.endswith("e") and form == base + "n"))


def classify(base, forms, participle_is_base):
    """Splits a verb's irregular forms into pasts, participles and third-person forms.

    WordNet's exception list gives the forms without saying which is which. The rules: a form in
    -s is the third person (has, quizzes); when there is one other form it is both past and
    participle (made, felt), except an -n/-en form built on the base (shown, proven), which is
    only the participle, and the verbs whose participle is the base (ran, came); when there are
    several, those with the "u" of a strong verb against an "a" (begun, sung), or else those
    ending in -n (gone, taken, lain), are participles and the rest are pasts.
    """
    forms = sorted(set(f for f in forms if f != base and not f.endswith("ing")))
    third = [f for f in forms if f.endswith("s") and not base.endswith("s")
             or f in (base + "es", base + base[-1] + "es")]
    rest = [f for f in forms if f not in third]
    if not rest:
        return [], [], third
    if len(rest) == 1:
        form = rest[0]
        if is_en_participle(base, form):
            return [], [form], third
        if base in participle_is_base:
            return [form], [], third
        return [form], [form], third
    participles = [f for f in rest if "u" in f and any("a" in g for g in rest if g != f)]
    if not participles:
        participles = [f for f in rest if f.endswith("n") or f.endswith("ne")]
    if not participles or len(participles) == len(rest):
        return rest, rest, third
    return [f for f in rest if f not in participles], participles, third


def preferred(forms, base):
    """The form to write: a regular-looking doubled -ed form first (banned), then one in -ne
    (borne), else the first."""
    for form in forms:
        if form.endswith("ed") and form.startswith(base[:2]):
            return form
    for form in forms:
        if form.endswith("ne"):
            return form
    return forms[0] if forms else ""


def swift_literal(name, summary, lines):
    body = "\n".join(lines)
    return (f"/// {summary}\nlet {name}: StaticString = \"\"\"\n{body}\n\"\"\"\n")


def main():
    wordnet = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    supplement = read_supplement(os.path.join(ROOT, "scripts", "lexicon-supplement.txt"))
    with open(os.path.join(ROOT, "LICENSES", "WordNet.txt"), encoding="utf-8") as licence:
        licence_text = licence.read().rstrip("\n")

    tags = {}

    def tag(word, letter):
        current = tags.setdefault(word, "")
        if letter not in current:
            tags[word] = current + letter

    counts_by_pos = {}
    for pos, letter in (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")):
        counts = read_index(os.path.join(wordnet, "index." + pos))
        for word in counts:
            tag(word, letter)
        counts_by_pos[pos] = counts
    verb_counts = counts_by_pos["verb"]
    # How common a sense is comes from WordNet's sense-tagged corpus counts. A word whose verb
    # senses are at most a quarter as common as its noun or adjective senses ("jobs", "wars")
    # is read as a verb only when nothing else in the sentence can be the verb.
    for word, verb_count in verb_counts.items():
        other = max(counts_by_pos["noun"].get(word, 0), counts_by_pos["adj"].get(word, 0))
        if other >= 1 and verb_count * 4 <= other:
            tag(word, "w")
    for word in supplement.get("nouns", []):
        tag(word, "n")
    for word in supplement.get("adjectives", []):
        tag(word, "a")
    for word in supplement.get("verbs", []):
        tag(word, "v")
    for word in supplement.get("plural-nouns", []):
        tag(word, "P")
    for form, base in read_exceptions(os.path.join(wordnet, "noun.exc")):
        if form != base and "n" in tags.get(base, ""):
            tag(form, "P")
            # "taxes" is listed for "taxis" and for "tax": only a plural that is not the regular
            # one makes a noun irregular.
            regular = {base + "s", base + "es"}
            if base.endswith("y"):
                regular.add(base[:-1] + "ies")
            if form not in regular:
                tag(base, "I")
    for form, base in read_exceptions(os.path.join(wordnet, "adj.exc")):
        if "a" in tags.get(base, ""):
            tag(form, "a")
    for word in read_relational(os.path.join(wordnet, "data.adj")):
        if "a" in tags.get(word, ""):
            tag(word, "l")
    for word in read_uncountable(wordnet):
        tag(word, "n")
        tag(word, "m")
    calling, animals, some_animal = read_name_calling(wordnet)
    for word in calling:
        tag(word, "d")
    for word in animals:
        tag(word, "A")
    for word in some_animal:
        tag(word, "B")
    capitalised = read_capitalised(wordnet) | set(supplement.get("names", []))
    for word in capitalised:
        if word in tags:
            tag(word, "c")

    verbs = {w for w, t in tags.items() if "v" in t}
    participle_is_base = set(supplement.get("participle-is-base", []))
    forms_of = {}
    for form, base in read_exceptions(os.path.join(wordnet, "verb.exc")):
        if base not in verbs or base == "be":
            continue
        # "feed" is listed as the past of the rare verb "fee"; a form that is itself a verb at
        # least as common as its base reads as that verb, so the exception is dropped.
        if form in verb_counts and verb_counts[form] >= verb_counts.get(base, 0):
            continue
        forms_of.setdefault(base, []).append(form)
    regular = set(supplement.get("regular-verbs", []))

    irregular = {}
    forms = {}

    def add_form(form, base, kind):
        key = (form, base)
        previous = forms.get(key, "")
        merged = "b" if {previous, kind} == {"d", "p"} or "b" in (previous, kind) else kind
        forms[key] = merged

    for base, found in forms_of.items():
        pasts, participles, thirds = classify(base, found, participle_is_base)
        for form in pasts:
            add_form(form, base, "d")
        for form in participles:
            add_form(form, base, "p")
        for form in thirds:
            add_form(form, base, "s")
        if (pasts or participles) and base not in regular:
            participle = preferred(participles, base) or (base if base in participle_is_base
                                                          else "")
            irregular[base] = (preferred(pasts, base), participle)
    for base in supplement.get("invariant-verbs", []):
        if base in verbs:
            irregular[base] = (base, base)
    for base in participle_is_base:
        if base in irregular:
            irregular[base] = (irregular[base][0], base)

    word_lines = [w if t == "n" else f"{w}\t{t}" for w, t in sorted(tags.items())]
    irregular_lines = [f"{b}\t{p}\t{pp}" for b, (p, pp) in sorted(irregular.items())]
    # A form of two verbs ("installed": "install", "instal") is read as the first line of it:
    # the verb with more tagged senses, then the one it is a regular form of ("enroll" + "ed").
    def preference(item):
        (form, base), _ = item
        regular = form.startswith(base) and form[len(base):] in ("s", "es", "d", "ed", "ing")
        return (form, -verb_counts.get(base, 0), not regular, base)

    form_lines = []
    for (form, base), kind in sorted(forms.items(), key=preference):
        form_lines.append(f"{form}\t{base}\t{kind}")

    comment = "\n".join(("// " + line).rstrip() for line in licence_text.split("\n"))
    sys.stdout.write(
        "// swift-format-ignore-file\n"
        "// Generated by scripts/generate-lexicon.py from WordNet 3.0 (Debian's wordnet-base) and\n"
        "// scripts/lexicon-supplement.txt. Do not edit: change the script or the supplement and\n"
        "// run it again (see the README).\n"
        "//\n"
        "// The word lists are derived from WordNet 3.0, used under its licence:\n"
        "//\n"
        f"{comment}\n\n"
        + swift_literal(
            "wordNetWords",
            "Every single-word lemma: `word`, or `word TAB tags` when not just a noun.",
            word_lines)
        + hash_index("wordNetWordSlots", "wordNetWords", word_lines)
        + "\n"
        + swift_literal(
            "wordNetIrregularVerbs",
            "Verbs with an irregular past or participle: `base TAB past TAB participle`.",
            irregular_lines)
        + hash_index("wordNetIrregularVerbSlots", "wordNetIrregularVerbs", irregular_lines)
        + "\n"
        + swift_literal(
            "wordNetIrregularForms",
            "Irregular verb forms: `form TAB base TAB kind` (d past, p participle, b both, "
            "s third person).",
            form_lines)
        + hash_index("wordNetIrregularFormSlots", "wordNetIrregularForms", form_lines))


if __name__ == "__main__":
    main()
