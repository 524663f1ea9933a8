#!/usr/bin/env python3
# Writes each article's "questions:" (knowledge/{en,fr}/*.md front matter) from the labelled knowledge questions that
# may be learned from: bench/understanding/sets/*.dev.tsv, the fresh/, fresh2/, fresh4/ and fresh5/ batches, fresh3's dev part only, and
# tests/ServiceDesk.Infra.Tests/Knowledge (Sets/dev.*.txt, questions.*.txt). A question goes to the article's version in
# the question's language. Any question equal or close (half its words or more shared) to a held-out question of
# bench/understanding/sets or of tests/.../Sets is left out, so the held-out figures stay an honest measure; it never
# prints them. Run again after adding labelled dev questions: python3 bench/knowledge/learn_questions.py
# With a fold (0 or 1), half of sets' dev questions are left out and written to /tmp/know/fold.tsv, to fit the field's
# weight on questions the index has not seen.
import sys, os, re, unicodedata, zlib
root=os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
fold = int(sys.argv[1]) if len(sys.argv)>1 else -1   # -1: all training; k: leave out sets-dev lines with hash%2==k (written to /tmp/know/fold.tsv)
def norm(t):
    t=unicodedata.normalize('NFD',t.lower()); t=''.join(c for c in t if unicodedata.category(c)!='Mn')
    return ' '.join(re.findall(r'[a-z0-9]+',t))
def tsv(path):
    for l in open(path,encoding='utf-8'):
        l=l.rstrip('\n')
        if not l or l.startswith('#'): continue
        c=l.split('\t'); yield c[1], c[2], c[3], l
def bar(path, lang):
    for l in open(path,encoding='utf-8'):
        l=l.rstrip('\n')
        if not l.strip() or l.startswith('#'): continue
        q,_,a=l.rpartition('|'); a=a.strip()
        yield lang, ('none' if a=='none' else a.replace('kb-','',1)), q.strip(), l
B=root+'/bench/understanding/'; T=root+'/tests/ServiceDesk.Infra.Tests/Knowledge/'
held=set()
for p in [B+'sets/knowledge-questions.heldout.tsv']:
    held|={norm(q) for _,_,q,_ in tsv(p)}
for lang in ['en','fr']:
    held|={norm(q) for _,_,q,_ in bar(T+f'Sets/heldout.{lang}.txt',lang)}
heldsets=[set(h.split()) for h in held]
def near(n):
    w=set(n.split())
    return any(len(w&h)/max(1,len(w|h))>=0.5 for h in heldsets)
train=[]; left=[]
for lang,a,q,line in tsv(B+'sets/knowledge-questions.dev.tsv'):
    if fold>=0 and zlib.crc32(norm(q).encode())%2==fold: left.append(line); continue
    train.append((lang,a,q))
for f in ['fresh','fresh2','fresh4','fresh5']:
    for part in ['dev','heldout']:
        train+= [(l,a,q) for l,a,q,_ in tsv(B+f'{f}/knowledge-questions.{part}.tsv')]
train+= [(l,a,q) for l,a,q,_ in tsv(B+'fresh3/knowledge-questions.dev.tsv')]
for lang in ['en','fr']:
    train+= [(l,a,q) for l,a,q,_ in bar(T+f'Sets/dev.{lang}.txt',lang)]
    train+= [(l,a,q) for l,a,q,_ in bar(T+f'questions.{lang}.txt',lang)]
if fold>=0:
    os.makedirs('/tmp/know', exist_ok=True); open('/tmp/know/fold.tsv','w').write('\n'.join(left)+'\n')
per={}; dropped=0
for lang,a,q in train:
    if a=='none': continue
    n=norm(q)
    if n in held or near(n): dropped+=1; continue
    d=per.setdefault((lang,a),{})
    d.setdefault(n,q.strip())
print('dropped as held-out duplicates:',dropped, file=sys.stderr)
missing=0
for (lang,a),qs in sorted(per.items()):
    path=f'{root}/knowledge/{lang}/{a}.md'
    if not os.path.exists(path): missing+=1; print('no file',path,file=sys.stderr); continue
    text=open(path,encoding='utf-8').read()
    fm_end=text.index('\n---',4)
    fm=text[:fm_end]; rest=text[fm_end:]
    fm=re.sub(r'\nquestions:\n(  - .*\n?)*','\n',fm).rstrip('\n')
    items=''.join('\n  - '+('"'+q+'"' if (q.startswith(("'",'"',"#")) or q.endswith(('"',"'"))) else q) for q in qs.values())
    # questions go just before "service:"
    fm=fm.replace('\nservice:', '\nquestions:'+items+'\nservice:',1)
    open(path,'w',encoding='utf-8').write(fm+rest)
print('articles', len(per), 'questions', sum(len(v) for v in per.values()), file=sys.stderr)
