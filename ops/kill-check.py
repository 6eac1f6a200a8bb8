#!/usr/bin/env python3
"""The kill test's verdict (ops/load-test.sh --kill-after): every autosave and receipt that an applicant saw
acknowledged before, during or after the kill is in the database, and what the applicants who signed in again
saw matches it. Reads the acknowledgements file the simulation wrote and the database of CONVERGO_DB_*.

   ops/kill-check.py target/load/acks.txt
"""
import os, subprocess, sys

def query(sql):
    out = subprocess.run(['mysql', '--protocol=tcp', '-h', os.environ.get('CONVERGO_DB_HOST', '127.0.0.1'),
                          '-u', os.environ['CONVERGO_DB_USER'], '-p' + os.environ['CONVERGO_DB_PASSWORD'],
                          '-N', '-B', os.environ['CONVERGO_DB_NAME'], '-e', sql],
                         check=True, capture_output=True, text=True).stdout
    return [line.split('\t') for line in out.splitlines() if line]

acked, saved, reopened = set(), {}, {}
for line in open(sys.argv[1]):
    f = line.split()
    if f[0] == 'ACK':
        acked.add(int(f[2]))
    elif f[0] == 'SAVED':
        saved[int(f[2])] = max(saved.get(int(f[2]), 0), int(f[3]))
    elif f[0] == 'REOPENED':
        reopened[int(f[2])] = (f[3], int(f[4]))

ids = sorted(acked | set(saved) | set(reopened)) or [0]
in_list = ','.join(map(str, ids))
state = {int(i): (s, t or '') for i, s, t in query(f"SELECT id, status, COALESCE(title, '') FROM proposal WHERE id IN ({in_list})")}
complete = {int(r[0]) for r in query(
    "SELECT s.proposal_id FROM proposal_submission s JOIN proposal_submission_file sf ON sf.submission_id = s.id "
    "JOIN proposal_file f ON f.id = sf.file_id WHERE s.content_hash IS NOT NULL AND LENGTH(f.content) > 0 "
    f"AND s.proposal_id IN ({in_list}) GROUP BY s.proposal_id")}

def version(title):
    tail = title.rsplit('version ', 1)
    return int(tail[1]) if len(tail) == 2 and tail[1].isdigit() else 0

lost_acks = [p for p in acked if state.get(p, ('', ''))[0] != 'SUBMITTED' or p not in complete]
lost_saves = [p for p, v in saved.items() if version(state.get(p, ('', ''))[1]) < v]
wrong_reopen = [p for p, (shown, v) in reopened.items()
                if (shown == 'submitted') != (state.get(p, ('', ''))[0] == 'SUBMITTED') or v < saved.get(p, 0)]
feeder = os.path.join(os.path.dirname(sys.argv[1]), 'users.csv')
run = ','.join(l.split(',')[2] for l in open(feeder).read().splitlines()[1:]) or '0'
submitted_all = query(f"SELECT COUNT(*) FROM proposal WHERE status = 'SUBMITTED' AND id IN ({run})")[0][0]
print(f"kill test: {len(acked)} submissions acknowledged (receipt shown), {len(acked) - len(lost_acks)} of them stored "
      f"submitted with hash and files, {len(lost_acks)} lost; {len(saved)} proposals with an acknowledged autosave, "
      f"{len(saved) - len(lost_saves)} with it (or a later one) stored, {len(lost_saves)} lost; "
      f"{len(reopened)} applicants signed in again after their journey broke and reopened their proposal, "
      f"{len(reopened) - len(wrong_reopen)} saw what was acknowledged, {len(wrong_reopen)} did not; "
      f"{submitted_all} of the run's proposals submitted in the database (some answers lost with the node)")
if lost_acks or lost_saves or wrong_reopen:
    print(f"LOST or WRONG: acks {lost_acks[:20]}, saves {lost_saves[:20]}, reopened {wrong_reopen[:20]}")
    sys.exit(1)
