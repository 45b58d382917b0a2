#!/usr/bin/env python3
"""What one-word keyphrases would do to the keyphrase figures (a measurement, not a test).

500N-KPCrowd's crowd gold is mostly single words, DUC-2001's and Inspec's mostly phrases. This asks
the analysis for its 50 best keyphrases of each dev document, keeps the N best as they come and fills
the ten with the best one-word keyphrases after them, and scores F1@10 with the sets' own scorer.

    python3 tests/bench/keyphrase_mix.py [BIN] [SHARED]
    (BIN: target/native/article-analyzer; SHARED: ../shared)
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'target/native/article-analyzer')
SHARED = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, '..', 'shared')
EVAL = os.path.join(SHARED, 'eval', 'keywords')
SETS = ['500n_kpcrowd', 'duc2001', 'inspec']


def fifty_best(name, tmp):
    """The 50 best keyphrases of each document, by id (input as the set's README says)."""
    src = os.path.join(tmp, name + '.in.jsonl')
    with open(os.path.join(EVAL, name + '.dev.jsonl')) as f, open(src, 'w') as out:
        for line in f:
            d = json.loads(line)
            text = d['text'] if name == 'duc2001' else d.get('title', '') + '\n' + d['text']
            out.write(json.dumps({'id': d['id'], 'text': text}) + '\n')
    run = subprocess.run([BIN, 'analyze', '--jsonl', '--options', '{"keywords":50}', src],
                         capture_output=True, text=True, check=True)
    return [(d['id'], [k['text'] for k in d['keywords']])
            for d in map(json.loads, run.stdout.splitlines())]


def f1_at_10(name, docs, keep, tmp):
    pred = os.path.join(tmp, name + '.pred.jsonl')
    with open(pred, 'w') as out:
        for doc_id, kws in docs:
            chosen = kws[:keep]
            chosen += [k for k in kws if ' ' not in k and k not in chosen][:10 - len(chosen)]
            chosen += [k for k in kws if k not in chosen][:10 - len(chosen)]
            out.write(json.dumps({'id': doc_id, 'keyphrases': chosen}) + '\n')
    run = subprocess.run(['python3', os.path.join(EVAL, 'score.py'),
                          os.path.join(EVAL, name + '.dev.jsonl'), pred],
                         capture_output=True, text=True, check=True)
    return run.stdout.strip().split('\n')[-1].split('f1@10=')[1]


with tempfile.TemporaryDirectory() as tmp:
    docs = {name: fifty_best(name, tmp) for name in SETS}
    print('best phrases kept, then one-word ones: F1@10 ' + ' / '.join(SETS))
    for keep in [10, 7, 5, 3, 0]:
        print(f'{keep:2d}: ' + ' / '.join(f1_at_10(n, docs[n], keep, tmp) for n in SETS))
