#!/usr/bin/env python3
"""Scores the speakers of `extract --json` against ../shared/eval/initials_by_note.yaml.

usage: python3 docs/quality-initials.py EXTRACT.jsonl ../shared/corpus/unikraft-meeting-notes

Counts each distinct (note, initials) pair once: right, wrong or unresolved, skipping pairs the key leaves
`unknown`. Our person ids are mapped to the key's as score.py maps them: by the key's id most participant
mentions of that person carry, else by a name or alias the key knows. Lists the wrong and unresolved pairs.
"""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'eval'))
import score  # noqa: E402  the shared scorer's readers and key loaders


def to_key_ids(notes, people, alias, ambiguous, not_persons, key_people):
    votes = collections.defaultdict(collections.Counter)
    for source, note in notes.items():
        for entry in note.get('participants') or []:
            gold = score.gold_mention(source, entry['raw'], alias, ambiguous, not_persons)
            if gold and entry.get('person') and ',' not in entry['raw']:
                votes[entry['person']][gold] += 1
    mapping = {pid: counts.most_common(1)[0][0] for pid, counts in votes.items()}
    by_name = {}
    for person in key_people:
        for name in [person['name']] + (person.get('aliases') or []):
            by_name.setdefault(score.fold(name), person['id'])
    for pid, person in people.items():
        if pid not in mapping:
            for name in (person.get('aliases') or []) + [person.get('name') or '']:
                if score.fold(name) in by_name:
                    mapping[pid] = by_name[score.fold(name)]
                    break
    return mapping


def main():
    notes, people = score.read_extract(sys.argv[1])
    key_people, alias, ambiguous, not_persons, initials_key = score.gold_people()
    mapping = to_key_ids(notes, people, alias, ambiguous, not_persons, key_people)
    right = wrong = unresolved = 0
    misses = []
    for source, key in initials_key.items():
        seen = set()
        for speaker in (notes.get(source) or {}).get('speakers') or []:
            tokens = [t.strip() for t in re.split(r'[/,&+]| and ', speaker['raw']) if t.strip()]
            for token, person in zip(tokens, speaker['people']):
                gold = key.get(token)
                if (source, token) in seen or gold is None or gold == 'unknown':
                    continue
                seen.add((source, token))
                if person is None:
                    unresolved += 1
                    misses.append(f'unresolved {source} {token}: {gold}')
                elif mapping.get(person, '?' + person) == gold:
                    right += 1
                else:
                    wrong += 1
                    misses.append(f'wrong      {source} {token}: {gold}, resolved to {person}')
    n = right + wrong + unresolved
    print(f'distinct (note, initials) checked: {n}  right {right / n:.4f}  wrong {wrong / n:.4f}'
          f'  unresolved {unresolved / n:.4f}')
    for line in misses:
        print(line)


if __name__ == '__main__':
    main()
