#!/usr/bin/env python3
"""Trains socratic's part-of-speech tagger and writes its weights as Swift.

Usage: python3 scripts/train-tagger.py [UD_DIR] > \
           Sources/SocraticCore/Language/Generated/TaggerWeights.generated.swift
       python3 scripts/train-tagger.py --tag "A sentence to tag."   (with the weights generated)

UD_DIR defaults to ../shared/corpora/ud beside the repository: the Universal Dependencies English
treebanks EWT (dev and test) and ATIS (train, dev and test), CC BY-SA 4.0. Every tenth sentence
is held out; the tagger's accuracy on them is printed on stderr.

The tagger is an averaged perceptron, as Matthew Honnibal described it ("A good part-of-speech
tagger in about 200 lines of Python", 2013): greedy left to right, features of the word, its
neighbours, their suffixes and the two tags before it; words seen often enough with one tag are
tagged from a dictionary, and the others only with a tag they were seen with or one the lexicon
allows (see lexicon_tags). Beside those, each word's classes in socratic's WordNet lexicon (read
from WordNetLexicon.generated.swift) are a feature, which helps the words the treebanks lack.

Tags are UD's universal tags, with VERB split by form: VERB (finite), VB (infinitive), VBN
(past participle), VBG (gerund or present participle). "n't" stays joined to its auxiliary as
socratic's tokenizer keeps it ("don't").

The weights are two static strings the Swift side reads without parsing at start-up:
  taggerWords   lines KEY TAB FEATURES, found in place through a hash index (see below). KEY
                is a word ("benefits"), a
                suffix ("~ing"), or a lexicon class ("#nv"). FEATURES is a run of groups, each
                a role letter then TAG WEIGHT pairs: TAG a letter A.. (index in taggerTags),
                WEIGHT a signed integer. Roles: for a word 'w' itself, 'p' the word before,
                'q' two before, 'n' the word after, 'm' two after, 't' + a tag letter the word
                itself after that tag, '=' + a tag letter the dictionary's tag, 'k' the tags
                it was seen with in training (each with a weight 0); for a suffix
                's' itself, 'p' before, 'n' after; for a lexicon class 'c' itself, 'n' after.
  taggerContext lines KEY TAB TAG WEIGHT pairs for the features that do not depend on words:
                'b' bias, 'p' + tag the tag before, 'q' + tag two before, 'r' + two tags (the
                earlier first), 'f' + first letter, 'h' + shape (see shape()), 'p!start' the first
                word, 'n!end' the last. A tag before the first word is '^'.
  taggerWordSlots the hash index of taggerWords (see scripts/hashed_table.py).
"""

import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hashed_table import hash_index  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEXICON = os.path.join(ROOT, "Sources/SocraticCore/Language/Generated/WordNetLexicon.generated.swift")
TAGS = ["NOUN", "PROPN", "VERB", "VB", "VBN", "VBG", "AUX", "ADJ", "ADV", "ADP", "DET", "PRON",
        "CCONJ", "SCONJ", "PART", "NUM", "PUNCT", "SYM", "INTJ", "X"]
ITERATIONS = 8
SCALE = 10  # weights are stored as integers: the averaged weight times SCALE, rounded
FILES = ["en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu", "en_atis-ud-train.conllu",
         "en_atis-ud-dev.conllu", "en_atis-ud-test.conllu"]


# MARK: - Reading the treebanks

def tag_of(upos, feats):
    if upos != "VERB":
        return upos
    features = dict(f.split("=", 1) for f in feats.split("|") if "=" in f)
    form = features.get("VerbForm")
    if form == "Inf":
        return "VB"
    if form == "Ger" or (form == "Part" and features.get("Tense") == "Pres"):
        return "VBG"
    if form == "Part":
        return "VBN"
    return "VERB"


def read_conllu(path):
    """Sentences as lists of (word, tag), with "n't" joined to its auxiliary."""
    sentences = []
    words = []
    joined = {}  # first word id of a multiword token with "n't" -> (form, last id)
    skip_until = 0
    with open(path, encoding="utf-8") as conllu:
        for line in conllu:
            line = line.rstrip("\n")
            if not line:
                if words:
                    sentences.append(words)
                words, joined, skip_until = [], {}, 0
                continue
            if line.startswith("#"):
                continue
            fields = line.split("\t")
            if "-" in fields[0]:
                first, last = (int(x) for x in fields[0].split("-"))
                if fields[1].lower().endswith("n't"):
                    joined[first] = (fields[1], last)
                continue
            if "." in fields[0]:
                continue
            number = int(fields[0])
            if number <= skip_until:
                continue
            tag = tag_of(fields[3], fields[5])
            if number in joined:
                form, skip_until = joined[number]
                words.append((form.replace("\u2019", "'"), tag))
            else:
                words.append((fields[1].replace("\u2019", "'"), tag))
    if words:
        sentences.append(words)
    return sentences


# MARK: - The lexicon feature

def read_lexicon():
    """The lexicon's words with their tags ("n" for a noun without tags), and its irregular
    verb forms under the key "!irregular"."""
    table = {"!irregular": set()}
    inside = None
    with open(LEXICON, encoding="utf-8") as swift:
        for line in swift:
            if line.startswith("let wordNetWords: StaticString"):
                inside = "words"
                continue
            if line.startswith("let wordNetIrregularForms: StaticString"):
                inside = "forms"
                continue
            if line.startswith('"""'):
                inside = None
            elif inside == "words":
                word, _, tags = line.rstrip("\n").partition("\t")
                table[word] = tags or "n"
            elif inside == "forms":
                table["!irregular"].add(line.split("\t", 1)[0])
    return table


def lexicon_class(word, table):
    """The word's classes in the lexicon ("nv"), or those of the stem of a regular ending
    ("s+nv" for "benefits"), or "?" for a word it lacks. The Swift side computes the same."""
    if word in table and word != "!irregular":
        return letters(table[word])
    ending = regular_ending(word, table)
    if ending:
        return ending[0] + "+" + letters(table[ending[1]])
    return "?"


def letters(tags):
    return "".join(c for c in "nvarw" if c in tags) or "-"


ENDINGS = (("s", [1]), ("es", [2]), ("ing", [3, "e"]), ("ed", [2, 1]))


def regular_ending(word, table):
    """The regular ending of a word whose stem the lexicon knows, and the stem."""
    for ending, cuts in ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stems = [word[:-len(ending)] + cut if isinstance(cut, str) else word[:-cut]
                     for cut in cuts]
            for stem in stems:
                if stem in table and stem != "!irregular":
                    return ending, stem
    return None


OPEN = ["NOUN", "PROPN", "VERB", "VB", "VBN", "VBG", "ADJ", "ADV", "NUM", "SYM", "INTJ", "X"]
BY_LETTER = {"n": ["NOUN"], "P": ["NOUN"], "v": ["VERB", "VB", "VBN"], "w": ["VERB", "VB", "VBN"],
             "a": ["ADJ"], "r": ["ADV"]}
BY_ENDING = {"s": ["NOUN", "VERB"], "es": ["NOUN", "VERB"], "ing": ["VBG", "NOUN", "ADJ"],
             "ed": ["VERB", "VBN", "ADJ"]}


def lexicon_tags(word, table):
    """The tags the lexicon allows a word besides those it was seen with in training: by its
    classes, its irregular verb forms and regular endings; every open tag for a word it lacks.
    The Swift side computes the same (TaggerFeatures.lexiconTags)."""
    allowed = {"PROPN", "NUM", "SYM", "X"}
    known = False
    if word in table and word != "!irregular":
        known = True
        for letter in table[word]:
            allowed.update(BY_LETTER.get(letter, []))
    if word in table["!irregular"]:
        known = True
        allowed.update(["VERB", "VBN"])
    ending = regular_ending(word, table)
    if ending:
        known = True
        allowed.update(BY_ENDING[ending[0]])
    return {TAGS.index(t) for t in (allowed if known else OPEN)}


# MARK: - Features

def normalised(word):
    """The word as its features see it: lowercase, numbers by shape."""
    if word.isdigit() and len(word) == 4:
        return "!year"
    if word[:1].isdigit():
        return "!digits"
    return word.lower()


def shape(word, position):
    """A coarse shape: capitalised mid-sentence, capitalised first, all capitals, hyphenated,
    with digits, or plain."""
    if any(c.isdigit() for c in word):
        return "d"
    if len(word) > 1 and word.isupper():
        return "A"
    if word[:1].isupper():
        return "F" if position == 0 else "C"
    if "-" in word[1:]:
        return "h"
    return "l"


def features(words, normals, classes, index, prev, prev2):
    """The features of the word at `index`, as (table, key, role) triples."""
    word = normals[index]
    context = [
        ("c", "b", ""), ("c", "p" + prev, ""), ("c", "q" + prev2, ""),
        ("c", "r" + prev2 + prev, ""), ("c", "f" + word[:1], ""),
        ("c", "h" + shape(words[index], index), ""),
        ("w", word, "w"), ("w", word, "t" + prev), ("w", "~" + word[-3:], "s"),
        ("w", "#" + classes[index], "c"),
    ]
    if index > 0:
        context += [("w", normals[index - 1], "p"), ("w", "~" + normals[index - 1][-3:], "p")]
    else:
        context.append(("c", "p!start", ""))
    if index > 1:
        context.append(("w", normals[index - 2], "q"))
    if index + 1 < len(words):
        context += [("w", normals[index + 1], "n"), ("w", "~" + normals[index + 1][-3:], "n"),
                    ("w", "#" + classes[index + 1], "n")]
    else:
        context.append(("c", "n!end", ""))
    if index + 2 < len(words):
        context.append(("w", normals[index + 2], "m"))
    return context


# MARK: - The averaged perceptron

class Perceptron:
    def __init__(self):
        self.weights = {}  # feature -> {tag: weight}
        self.totals = {}
        self.stamps = {}
        self.instances = 0

    def scores(self, feats):
        scores = [0.0] * len(TAGS)
        for feat in feats:
            for tag, weight in self.weights.get(feat, {}).items():
                scores[tag] += weight
        return scores

    def predict(self, feats, allowed):
        scores = self.scores(feats)
        return max(allowed, key=lambda t: (scores[t], -t))

    def update(self, truth, guess, feats):
        self.instances += 1
        if truth == guess:
            return
        for feat in feats:
            weights = self.weights.setdefault(feat, {})
            for tag, change in ((truth, 1.0), (guess, -1.0)):
                key = (feat, tag)
                self.totals[key] = self.totals.get(key, 0.0) + (
                    self.instances - self.stamps.get(key, 0)) * weights.get(tag, 0.0)
                self.stamps[key] = self.instances
                weights[tag] = weights.get(tag, 0.0) + change

    def average(self):
        for feat, weights in self.weights.items():
            for tag in list(weights):
                key = (feat, tag)
                total = self.totals.get(key, 0.0) + (
                    self.instances - self.stamps.get(key, 0)) * weights[tag]
                weights[tag] = total / self.instances


def tag_dictionary(sentences):
    """Words seen at least 20 times, 97% of them with one tag."""
    counts = {}
    for sentence in sentences:
        for word, tag in sentence:
            counts.setdefault(normalised(word), {}).setdefault(tag, 0)
            counts[normalised(word)][tag] += 1
    dictionary = {}
    for word, tags in counts.items():
        tag, count = max(tags.items(), key=lambda item: item[1])
        total = sum(tags.values())
        if total >= 20 and count / total >= 0.97:
            dictionary[word] = TAGS.index(tag)
    return dictionary


def tag_sentence(model, dictionary, words, lexical, truth=None):
    """Tags a sentence, learning from the truth when it is given. `dictionary` is the tag
    dictionary and the tags each word was seen with; `lexical` gives a word's lexicon class and
    the tags the lexicon allows it."""
    dictionary, seen = dictionary
    normals = [normalised(w) for w in words]
    lexicon = [lexical(n) for n in normals]
    classes = [c for c, _ in lexicon]
    prev, prev2 = "^", "^"
    guesses = []
    for index in range(len(words)):
        guess = dictionary.get(normals[index])
        if guess is None:
            feats = features(words, normals, classes, index, prev, prev2)
            allowed = seen.get(normals[index], set()) | lexicon[index][1]
            guess = model.predict(feats, sorted(allowed))
            if truth is not None:
                model.update(truth[index], guess, feats)
        guesses.append(guess)
        prev2, prev = prev, chr(65 + guess)
    return guesses


def seen_tags(sentences):
    seen = {}
    for sentence in sentences:
        for word, tag in sentence:
            seen.setdefault(normalised(word), set()).add(TAGS.index(tag))
    return seen


def train(sentences, classes_of):
    model = Perceptron()
    dictionary = (tag_dictionary(sentences), seen_tags(sentences))
    random.seed(12)
    order = list(sentences)
    for iteration in range(ITERATIONS):
        correct = total = 0
        for sentence in order:
            words = [w for w, _ in sentence]
            truth = [TAGS.index(t) for _, t in sentence]
            guesses = tag_sentence(model, dictionary, words, classes_of, truth)
            correct += sum(g == t for g, t in zip(guesses, truth))
            total += len(truth)
        print(f"iteration {iteration + 1}: {correct / total:.4f} on training", file=sys.stderr)
        random.shuffle(order)
    model.average()
    return model, dictionary


def pruned(model, threshold):
    """The weights as integers (times SCALE), without those that round below the threshold."""
    kept = {}
    for feat, weights in model.weights.items():
        ints = {t: round(w * SCALE) for t, w in weights.items() if abs(round(w * SCALE)) >= threshold}
        if ints:
            kept[feat] = ints
    return kept


def accuracy(weights, dictionary, sentences, classes_of):
    model = Perceptron()
    model.weights = weights
    correct = total = 0
    for sentence in sentences:
        words = [w for w, _ in sentence]
        guesses = tag_sentence(model, dictionary, words, classes_of)
        correct += sum(TAGS[g] == t for g, (_, t) in zip(guesses, sentence))
        total += len(sentence)
    return correct / total, total


# MARK: - Writing Swift

def encode(weights):
    return "".join(chr(65 + tag) + str(weight) for tag, weight in sorted(weights.items()))


def swift(weights, dictionary):
    dictionary, seen = dictionary
    word_lines = {}
    context_lines = []
    for (table, key, role), tags in weights.items():
        if table == "c":
            context_lines.append(f"{key}\t{encode(tags)}")
        else:
            word_lines.setdefault(key, []).append(role + encode(tags))
    for word, tag in dictionary.items():
        word_lines.setdefault(word, []).append("=" + chr(65 + tag))
    for word, tags in seen.items():
        word_lines.setdefault(word, []).append("k" + "".join(chr(65 + t) + "0" for t in sorted(tags)))
    lines = sorted((k.encode("utf-8"), k + "\t" + "".join(sorted(v, key=lambda g: g[0] != "=")))
                   for k, v in word_lines.items() if "\t" not in k and '"""' not in k)
    lines = [line for _, line in lines]
    header = (
        "// swift-format-ignore-file\n"
        "// Generated by scripts/train-tagger.py from the Universal Dependencies English treebanks EWT\n"
        "// and ATIS, and shared under their licence, CC BY-SA 4.0 (see LICENSES/UD-English.txt).\n"
        "// Do not edit: run the script again (see the README).\n\n"
        f"// The tags, in the order their letters A, B, … name them (PartOfSpeech's order):\n"
        f"// {' '.join(TAGS)}\n\n"
        f"/// The weights of features that do not depend on words: KEY TAB TAG WEIGHT pairs.\n"
        f'let taggerContext: StaticString = #"""\n' + "\n".join(sorted(context_lines)) + '\n"""#\n\n'
        f"/// The weights of words, suffixes and lexicon classes, by role; sorted by key, found by\n"
        f"/// `taggerWordSlots`.\n"
        f'let taggerWords: StaticString = #"""\n' + "\n".join(lines) + '\n"""#\n\n'
    )
    return header + hash_index("taggerWordSlots", "taggerWords", lines)


def read_weights(path):
    """The weights back from a generated Swift file, as the perceptron keeps them."""
    weights, dictionary, seen = {}, {}, {}
    table = None
    with open(path, encoding="utf-8") as swift:
        for line in swift:
            line = line.rstrip("\n")
            if line.startswith("let taggerContext"):
                table = "c"
            elif line.startswith("let taggerWords"):
                table = "w"
            elif line == '"""#':
                table = None
            elif table:
                key, _, groups = line.partition("\t")
                for role, pairs in re.findall(r"(t.|=.|[a-z])((?:[A-Z]-?\d+)*)", groups) if table == "w" else [("", groups)]:
                    if role.startswith("="):
                        dictionary[key] = ord(role[1]) - 65
                        continue
                    if role == "k":
                        seen[key] = {ord(t) - 65 for t in re.findall(r"[A-Z]", pairs)}
                        continue
                    weights[(table, key, role)] = {ord(t) - 65: int(w) for t, w in re.findall(r"([A-Z])(-?\d+)", pairs)}
    return weights, (dictionary, seen)


def tag_text(text):
    """Tags a sentence with the generated weights: for looking at what the tagger does."""
    table = read_lexicon()
    model = Perceptron()
    model.weights, dictionary = read_weights(
        os.path.join(ROOT, "Sources/SocraticCore/Language/Generated/TaggerWeights.generated.swift"))
    words = re.findall(r"\w+(?:[-'.]\w+)*|'\w+|[^\w\s]", text)
    guesses = tag_sentence(model, dictionary, words,
                           lambda w: (lexicon_class(w, table), lexicon_tags(w, table)))
    print(" ".join(f"{w}/{TAGS[g]}" for w, g in zip(words, guesses)))


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--tag":
        tag_text(sys.argv[2])
        return
    ud = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "corpora", "ud")
    table = read_lexicon()
    cache = {}

    def classes_of(word):
        if word not in cache:
            cache[word] = (lexicon_class(word, table), lexicon_tags(word, table))
        return cache[word]

    sentences = []
    web = set()
    for name in FILES:
        for sentence in read_conllu(os.path.join(ud, name)):
            if name.startswith("en_ewt"):
                web.add(len(sentences))
            sentences.append(sentence)
    held_out = sentences[::10]
    ewt = [s for i, s in enumerate(sentences) if i % 10 == 0 and i in web]
    training = [s for i, s in enumerate(sentences) if i % 10]
    model, dictionary = train(training, classes_of)
    threshold = int(os.environ.get("TAGGER_THRESHOLD", "3"))
    weights = pruned(model, threshold)
    full, _ = accuracy({f: {t: w * SCALE for t, w in ws.items()} for f, ws in model.weights.items()},
                       dictionary, held_out, classes_of)
    kept, count = accuracy(weights, dictionary, held_out, classes_of)
    kept_ewt, _ = accuracy(weights, dictionary, ewt, classes_of)
    print(f"held out: {count} words; accuracy {full:.4f} unpruned, {kept:.4f} pruned "
          f"(threshold {threshold}, {len(weights)} of {len(model.weights)} features kept); "
          f"{kept_ewt:.4f} on EWT's (web text)", file=sys.stderr)
    sys.stdout.write(swift(weights, dictionary))


if __name__ == "__main__":
    main()
