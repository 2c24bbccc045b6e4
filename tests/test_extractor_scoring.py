"""Scoring the extractor against hand-checked answers, and the floor it must hold on the development set."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tenders.extractor import extract
from tenders.extractor.scoring import SHAPES, Totals, score_file
from tests.conftest import SAMPLES
from tests.extractor_cases import DEV, MORE


def milestone(kind, date, precision="date", time=None, label=""):
    return {"kind": kind, "date": date, "precision": precision, "time": time, "label": label}


def test_a_known_miss_extra_and_wrong_kind_are_counted():
    answer = [
        milestone("question", "2026-05-01", "datetime", "12:00"),
        milestone("submission", "2026-05-10"),
        milestone("result", "2026-05-01", "late_month"),
        milestone("contract", "2026-05-01", "late_month"),  # two steps on one 下旬: two milestones
    ]
    proposed = [
        milestone("question", "2026-05-01", "datetime", "17:00"),  # wrong time: a miss and an extra
        milestone("application", "2026-05-10"),  # right day, wrong kind: matched, kind wrong
        milestone("result", "2026-05-01", "late_month"),
        milestone("other", "2026-06-01"),  # extra
    ]
    score = score_file("notice.txt", answer, proposed)
    assert [(p.kind, p.date) for p in score.missed] == [("question", "2026-05-01"), ("contract", "2026-05-01")]
    assert sorted((p.kind, p.date, p.time) for p in score.extra) == [
        ("other", "2026-06-01", None),
        ("question", "2026-05-01", "17:00"),
    ]
    assert [(a.kind, p.kind) for a, p in score.wrong_kind] == [("submission", "application")]
    totals = Totals([score])
    assert (totals.true_positive, round(totals.precision, 3), round(totals.recall, 3)) == (2, 0.5, 0.5)
    assert totals.f1 == pytest.approx(0.5) and totals.kind_accuracy == pytest.approx(0.5)


def test_a_time_counts_only_where_the_answer_has_one():
    proposed = [milestone("hearing", "2026-05-20", "datetime", "10:00")]
    assert not score_file("n", [milestone("hearing", "2026-05-20", "datetime")], proposed).missed
    assert score_file("n", [milestone("hearing", "2026-05-20", "datetime", "13:00")], proposed).missed
    assert score_file("n", [milestone("hearing", "2026-05-20", "date")], proposed).missed  # precision differs


def test_empty_answers_and_proposals_score_perfectly():
    totals = Totals([score_file("spec.txt", [], [])])
    assert (totals.precision, totals.recall, totals.kind_accuracy) == (1.0, 1.0, 1.0)


def scores(folder: Path, shape: str = "as-written"):
    found = []
    for answer_file in sorted(folder.glob("*.json")):
        answer = json.loads(answer_file.read_text(encoding="utf-8"))
        text = answer_file.with_suffix(".txt").read_text(encoding="utf-8")
        proposed = extract(SHAPES[shape](text)).as_json()["milestones"]
        found.append(score_file(answer_file.stem, answer["milestones"], proposed))
    return found


def test_the_floor_on_the_samples_and_the_development_set():
    """A change that helps one layout and breaks another fails here."""
    totals = Totals(scores(SAMPLES) + scores(DEV))
    assert len(totals.files) == 23
    wrong = {f.name: ([str(p) for p in f.missed], [str(p) for p in f.extra]) for f in totals.files if f.missed or f.extra}
    assert totals.f1 >= 0.985, (totals.f1, wrong)
    assert totals.kind_accuracy >= 0.95, [(f.name, [(str(a), p.kind) for a, p in f.wrong_kind]) for f in totals.files]


def test_the_floor_on_notices_in_layouts_the_extractor_was_not_built_on():
    """Samples, development set and the notices written later in new layouts, together."""
    totals = Totals(scores(SAMPLES) + scores(DEV) + scores(MORE))
    assert len(totals.files) == 2982
    wrong = {f.name: ([str(p) for p in f.missed], [str(p) for p in f.extra]) for f in totals.files if f.missed or f.extra}
    # 0.984 with s01–x16 (0.965 on those 64 alone); 0.979 with u01–v16 added (0.940 on those 32 alone, whose
    # misses and debatable cases it keeps as they are); 0.964 with ha01–hd14 added (0.79–0.85 on those 56 before
    # the work on them, 0.87–0.94 after: what is left is kept as it is); 0.955 with the 55 held-out notices
    # y01–hf14 added (0.895 on those alone when they moved here); 0.960 with hg01–hi14 added (0.851 on those
    # alone when they moved, after the work of that stop on the others); 0.974 after that stop's work on them, and
    # with hj01–hl14 added (0.874 on those alone when written, 0.885 when they moved); 0.978 after the work on
    # them, and with hm01–ho14 added (0.897 on those alone when written and when they moved); 0.968 with hp01–hr14 added (0.885 on those alone when they moved); 0.980 after stop 16's first three rounds, 0.975 with hs01–hu14 added (0.910 on those alone when written, 0.907 when they moved); 0.973 with hv01–id14 added (0.970 on hv–ia, 0.918 on ib–id when they moved); 0.985 after stop 16's rounds p–r on them;
    # 0.984 with stop 17's ie–ig, ih–ij, im, ip–ir, is–iu added (0.82–0.99 per set when written), 0.990 after stop 17's
    # rounds s–ad on them; 0.986 with stop 18's iv–jb added (0.86–0.98 per set when written), 0.992 after stop 18's rounds;
    # 0.986 with stop 19's jg–jj, jm, jn added (0.74–0.97 per set when written), jt, jr, js, jx and jz (0.935, 0.726, 0.796, 0.836, 0.844) later, then jy and kb (0.864, 0.762); stop 20's kc, kd, ke, kf, kh, ki, kj, kk (0.912, 0.969, 0.930, 0.942, 0.994, 0.925, 0.936, 0.917 when written), kn (0.848 when written, 0.881 when first scored after rounds bm, bn, bp), kl (held out at 0.975 when written, moved here at 0.970 after rounds bk–bq to find what those rounds broke); 0.993 after stop 20's rounds bk–bs on them; 0.988 with stop 21's ks, kt, ku, kw, kx added (0.943, 0.905, 0.913, 0.890, 0.825 when written), then lc, le, lf, ld, lg, ln, ll, lm, lk (0.79–0.94, lk 0.61) and lb; 0.992 after stop 21's rounds bt–ci on them; lq (0.885 when written) added with round cj, lr (0.959) with round cl, lu (0.969) with round cn, ls (0.912) with round ck, lt (0.811) with round cm, ma (0.757) with round cp, lz (0.809) with round cq, 0.991 after them; stop 23's mf (0.850 when written) with round cs, me (0.861) with round cr, mb and mc (0.991, 0.985) with round cv, mh (0.902) with round cu, mg (0.899) with round ct, 0.991 after them; ko and kz (held out since stop 21 at 0.816 and 0.806 when written, 0.867 and 0.902 when they moved) after a fault of a round was found on each; stop 24's mm (0.958 when written) with round dh; stop 24's mo (0.826 when written) with round de; stop 24's mp (0.934 when written, 0.681 in one line) with round dg; stop 24's mj and mk (0.988 and 0.918 when written) with round dd; stop 24's mq (0.850 when written) with round df; stop 24's mn (0.824 when written) with round dc; ko and kz worked in stop 24's round di (0.992 and 0.963 after it); lt and ma worked in stop 24's round dl (0.953 and 0.929 after it); jq and lh (held out since stops 19 and 21, 0.972 and 0.965 when they moved) after a regression of round dc was seen on a file of each; stop 24's mt (0.765 when written, 0.673 in one line) with round dm; stop 25's my (0.919 when written, 0.912 in one line) with round dq; stop 25's nb (0.900 when written, 0.833 in one line) with round dp; stop 25's nc (0.832 when written, 0.751 in one line) with round dr; stop 25's mz (0.759 when written, 0.684 in one line) with rounds dn and ds, which set the change-notice convention in INDEX and aligned 62 answers to it; stop 25's na (0.853 when written, 0.848 in one line) with round do; stop 25's nf (0.709 when written, 0.629 in one line; 0.747 after rounds dn and ds) with round dt; round dw fixed kn11's answer by that convention (its 質疑応答記録 moves dates: the rows 「（変更なし）」 and the 説明会 held are restated); stop 26's nl (0.883 when written, 0.782 in one line) with round eg, nn (0.936, 0.938) with round ef, nq (0.936, 0.860) with round ee, and np (0.906, 0.808), whose round ed left nothing in time; stop 27's ny and nz (long documents; 0.954 and 0.958 when written, 0.944 and 0.946 in one line) with round em; stop 28's oc and oe (long documents written by hand; 0.926 and 0.882 when written, 0.907 and 0.878 in one line) with round eq; ka (English calls, held out since stop 20, 0.969 when it moved, 0.893 in one line) after a regression of round eq was seen on one of its files; stop 29's og and oj (whole documents of 20,000 characters; 0.771 and 0.840 when written, 0.718 and 0.818 in one line) with rounds eu and ev (0.935 and 0.894 after them), 0.988 after them. Stop 30's ok, ol, om and on (change notices, English, ordinary calls in new layouts, calls as pasted; 0.737, 0.935, 0.950, 0.923 when written, 0.651, 0.883, 0.764, 0.866 in one line) with rounds ex, ew and ey (0.790, 0.935, 0.980, 0.945 after them), 0.988 after them. Stop 31's oo, op, oq and or (ordinary calls in new layouts, change notices, English, calls as systems deliver them; 0.887, 0.706, 0.889, 0.824 when written, 0.920, 0.655, 0.816, 0.824 in one line) with rounds ez–fj (0.909, 0.927, 0.909, 0.905 after them), 0.989 after them. Stop 32's ow and ox (change notices; PDF text with a converter's damage; 0.864 and 0.989 when written, 0.884 and 0.861 in one line) with rounds fl–fx (0.952 and 1.000 after them), 0.990 after them. Stop 33's pa–pf (office formats, English, long 実施要領, change notices; 0.990, 0.861, 0.991, 0.788, 0.758, 0.559 when written) with rounds fy–gm (pb 0.955, pd 0.813, pe 0.824, pf 0.633 after them), 0.989 after them. Stop 34's pj and pk (English, change notices; 0.800 and 0.485 when written) with rounds gq–he (0.955 and 0.684 after them), 0.990 after them. Stop 34's pm and pn (English documents and change notices in other forms; held out at 0.764 and 0.684 when written, the same at that stop's end) moved here at the start of stop 35. Stop 35's pq and pr (change notices in other forms; notices as systems and tools deliver them; 0.593 and 0.860 when written, 0.593 and 0.773 in one line), then pu, pv and pw (English documents, what follows a call, calls as e-procurement systems and office tools deliver them; 0.851, 0.824, 0.805 when written) with rounds hh–hz (pm 0.985, pn 0.895, pq 0.744, pr 0.989, pu 0.905, pv 0.943, pw 0.872 after them), 0.989 after them. Stop 36's px, pz, qa (0.892, 0.787, 0.906 when written), then qh, qi (0.743, 0.754), with rounds ic–io (px 0.976, pz 0.928, qa 0.945, qh 0.955, qi 0.929 after them), 0.990 after them. Stop 37's qm, qn, qo, qp (0.957, 0.920, 0.896, 0.682 when written), then qt, qu (0.738, 0.842), with rounds ip–iy (all six 1.000 as written after them), 0.991 after them. Stop 38's qy, qz, ra (0.701, 0.714, 1.000 when written), then ri, rj (0.787, 0.694), with rounds iz–jl (qy 0.932, qz 0.852, ri 0.879, rj 0.872 after them), 0.991 after them. Stop 39's rm, rn (0.737, 0.930 when written), then ru and rt (0.810, 0.659), with rounds jm–js and review rv23 (rm 1.000, rn 1.000, ru 0.963, rt 0.975 after them), 0.991 after them. Stop 40's sa, sc, rz, sf (0.905, 0.654, 0.871, 0.700 when written), then sh, si, sj (0.717, 0.851, 0.863), with rounds jt–jz, ka–kc, a clean-up and reviews rv24, rv25 (sa 1.000, sc 0.980, rz 1.000, sf 1.000, sh 1.000, si 0.887, sj 0.990 after them), 0.992 after them. Stop 41's sl, sm, sn, so (0.949, 0.833, 0.923, 1.000 when written), then st, su, sv (0.784, 0.829, 0.756), with rounds kd–kq2 and reviews rv26–rv28 (sv 0.981, the rest 1.000 after them), 0.992 after them. Stop 42's ta, tb, tc, td (0.825, 0.525, 0.901, 0.700 when written) with rounds ku–lg and reviews rv29, rv30 (0.966, 0.936, 0.966, 0.946 after them), 0.992 after them. Stop 43's tl, tm, tn, to (0.744, 0.857, 0.757, 0.694 when written), stop 42's held-out tf, tg, ti (0.769, 0.674, 0.755 when they moved), then tt, tu (0.817, 0.928), with rounds lh–ls and reviews rv31–rv33 (tl 0.925, tm 0.988, tn 0.990, to 0.988, tf 0.988, tg 0.979, ti 0.909, tt 1.000, tu 0.959 after them), 0.991 after them. Stop 44's tx, tz, ub, ud (0.892, 0.844, 0.824, 0.928 when written), stop 43's held-out tp, tq, tr (0.774, 0.800, 0.793 when they moved), then uh, ui (0.846, 0.893), with rounds lt–mi and reviews rv34–rv36 (tx 0.984, tz 1.000, ub 1.000, ud 1.000, tp 1.000, tq 0.944, tr 0.968, uh 1.000, ui 1.000 after them), 0.992 after them. Stop 45's ul, un, up, us (0.768, 0.808, 0.828, 0.895 when written), stop 44's held-out uc, ue, uj, uk (0.842, 0.835, 0.735, 0.667 when they moved), then uu (0.602), with rounds mj–mz, review rv37 and re-read rr18 (ul 0.903, un 0.990, up 0.979, us 0.990, uc 0.979, ue 1.000, uj 0.987, uk 0.991, uu 0.988 after them), 0.991 after them. Stop 46's uy, va, vb, vc, ve (0.851, 0.979, 0.848, 0.963, 0.889 when written), stop 45's held-out um, uo, uw (0.700, 0.713, 0.800 when they moved), with rounds na–no and review rv38 (uy 1.000, va 0.979, vb 0.955, vc 0.975, ve 1.000, um 1.000, uo 0.939, uw 0.966 after them), 0.991 after them. Stop 47's vf, vh, vj, vk, vl (0.731, 0.966, 0.916, 0.821, 0.964 when written), stop 46's held-out ux, uz, vd (0.944, 0.659, 0.966 when they moved), with rounds np–od and review rv39 (vf 0.981, vh 0.977, vj 0.988, vk 1.000, vl 1.000, ux 0.988, uz 0.986, vd 0.988 after them), 0.991 after them. Stop 48's vn, vp, vr, vt, vu, vv (0.696, 0.918, 0.938, 0.969, 0.772, 0.783 when written), stop 47's held-out vg, vi, vm (0.857, 0.867, 0.938 when they moved), with rounds oe–os, re-read rr19 and review rv40 (vn 0.964, vp 0.979, vr 1.000, vt 0.990, vu 0.980, vv 0.933, vg 0.984, vi 0.911, vm 0.957 after them), 0.991 after them. Stop 49's vx, vz, wb, wc, wd, wf (0.794, 0.973, 0.876, 0.940, 0.750, 0.771 when written), stop 48's held-out vo, vq, vs, vw (0.712, 0.946, 0.958, 0.923 when they moved), with rounds ot–pc, re-read rr20, review rv41 and four older answers aligned with INDEX.md's change-notice rule (vx 1.000, vz 1.000, wb 0.978, wc 1.000, wd 1.000, wf 0.985, vo 0.920, vq 0.946, vs 0.958, vw 0.923 after them), 0.991 after them. Stop 50's wg, wi, wk, wl, wn (0.750, 0.925, 0.860, 0.908, 0.940 when written), stop 49's held-out vy, wa, we (0.769, 0.932, 0.885 when they moved), with rounds pd–po, review rv42 and me04's answer aligned with INDEX.md's change-notice rule (wg 0.889, wi 0.952, wk 0.990, wl 0.939, wn 0.983, vy 0.906, wa 0.989, we 0.970 after them), 0.990 after them. Stop 51's wo, wp, wq, wu, wv (0.701, 0.979, 0.918, 0.819, 0.691 when written), stop 50's held-out wh, wj, wm (0.610, 0.941, 0.917 when they moved), with rounds pp–pz, review rv43 and the lead's mends where two rounds met (wo 1.000, wp 1.000, wq 1.000, wu 0.972, wv 0.816, wh 0.933, wj 0.990, wm 0.982 after them), 0.990 after them. Stop 52's wx, wy, wz, xa, xb (0.750, 0.832, 0.828, 0.789, 0.957 when written), stop 51's held-out wr, ws, wt (0.789, 0.958, 0.959 when they moved), with rounds qa–qk and review rv44 (wx 0.949, wy 0.975, wz 0.884, xa 0.894, xb 1.000, wr 0.982, ws 0.968, wt 1.000 after them), 0.990 after them. Stop 53's xf, xg, xm (0.812, 0.800, 0.953 when written, their answers aligned with INDEX.md's change-notice rule), stop 52's held-out xc, xd, xe (0.923, 0.920, 0.936 when they moved; xc 0.886 once xc03's answer was aligned with that rule), with rounds ql–qw and review rv45 (xf 0.957, xg 0.946, xm 1.000, xc 0.897, xd 1.000, xe 0.989 after them), 0.991 after them. Stop 54's xn, xq, xr, xu (0.333, 0.853, 0.808, 0.940 when written, four of xn's and xq's files held out for sharing a held-out file's form), stop 53's held-out xh, xi, xj, xk, xl (0.758, 0.800, 0.702, 0.700, 0.737 when they moved), with rounds qy–rl and review rv46 (xn 0.452, xq 0.892, xr 0.944, xu 0.990, xh 0.873, xi 0.860, xj 0.835, xk 0.812, xl 0.850 after them), 0.988 after them. Stop 55's xv, xx02/04/05, xw04/05 (0.936, 0.714, 0.944 when written; five files of xw and xx held out for sharing a held-out file's form), stop 54's held-out xo, xp, xs, xt and xn02, xn04, xq01, xq05 (0.690, 0.736, 0.633, 0.970; 0.765, 0.950 when they moved), with rounds rm–ry and review rv47 (xv, xx, xw04/05 1.000, xo 0.957, xp 0.966, xs 1.000, xt 0.970, xn02/04/xq01/05 1.000 after them), 0.990 after them. Stop 56's yb02–04, ye01–04, yg, yh, yi01–04 (0.750, 0.944, 0.899, 0.783, 0.800 when written; four files of yb, ye, yi held out for sharing a held-out file's form), stop 55's held-out ya, xx01, xx03 (0.658, 0.571, 0.000 when they moved), with rounds rz and sa–sf (yb 1.000, ye 0.959, yg 0.932, yh 0.906, yi 0.955, ya 0.800, xx01 0.750, xx03 1.000 after them), 0.989 after them. Stop 56's held-out yc, yj and yb01, yb05, ye05, yi05 (0.677, 0.725, 0.750, 0.727, 1.000, 0.800 when they moved), with rounds sg, si, sj, sk and review rv49 (yc 0.846, yj 0.824, yb01 0.889, yb05 1.000, ye05 1.000, yi05 1.000 after them; three answers put right by INDEX.md's change-notice rule: lm13, me08, mt10), 0.989 after them. Stop 57's held-out yk and yl (0.627 and 0.756 when they moved, 0.629 and 0.721 in one line), 0.988 with them; with stop 58's rounds sl, sm, sn, so and review rv50 (yk 0.979, yl 0.975 after them), 0.990 after them. The floor sits below that, so that a fresh set added unworked still passes.
    assert totals.f1 >= 0.975, (totals.f1, wrong)
    assert totals.kind_accuracy >= 0.985, [(f.name, [(str(a), p.kind) for a, p in f.wrong_kind]) for f in totals.files]


def test_score_extraction_prints_misses_extras_and_totals(tmp_path):
    (tmp_path / "notice.txt").write_text(
        "質問受付期限　令和8年5月1日（金）正午\n企画提案書の提出期限　令和8年5月15日（金）\n", encoding="utf-8"
    )
    (tmp_path / "notice.json").write_text(
        json.dumps(
            {
                "title": "t",
                "milestones": [
                    milestone("question", "2026-05-01", "datetime", "12:00"),
                    milestone("hearing", "2026-05-25"),
                ],
            }
        ),
        encoding="utf-8",
    )
    out = StringIO()
    call_command("score_extraction", str(tmp_path), stdout=out)
    text = out.getvalue()
    assert "notice.txt: 1 matched" in text
    assert "missed [hearing] 2026-05-25 (date)" in text
    assert "extra  [submission] 2026-05-15 (date)" in text
    assert "precision 0.500  recall 0.500  F1 0.500  kind accuracy 1.000" in text


def test_score_extraction_says_when_a_folder_has_no_answers(tmp_path):
    with pytest.raises(CommandError, match="NAME.json"):
        call_command("score_extraction", str(tmp_path))
    with pytest.raises(CommandError, match="フォルダがありません"):
        call_command("score_extraction", str(tmp_path / "missing"))


def test_the_shapes_are_the_same_notice_in_another_form():
    text = "1 日程\n項目\t日程\n質問の受付期限\t令和8年5月1日（金）正午\n| 提出期限 | 5月15日 |"
    assert "\n" not in SHAPES["one-line"](text)
    assert SHAPES["blank-lines"](text).split("\n\n") == text.split("\n")
    assert all(line.startswith("    ") for line in SHAPES["indented"](text).split("\n"))
    wrapped = SHAPES["wrapped-40"]("あ" * 95 + "\n" + "い")
    assert [len(line) for line in wrapped.split("\n")] == [40, 40, 15, 1]
    assert SHAPES["cells-on-lines"](text).split("\n")[2:] == [
        "日程",
        "質問の受付期限",
        "令和8年5月1日（金）正午",
        "提出期限",
        "5月15日",
    ]


@pytest.mark.parametrize("shape", sorted(set(SHAPES) - {"as-written"}))
def test_the_floor_holds_whatever_shape_a_conversion_tool_gives_the_notices(shape):
    """The samples and the development set as one line (a PDF text layer, a portal page), with a blank line after every
    line (Word and web converters), indented, hard-wrapped at 40 or 60 characters (PDF columns, fax OCR, mail), and
    with a table's cells one per line (a browser's copy of a table): F1 0.985–0.996 in stop 18."""
    totals = Totals(scores(SAMPLES, shape) + scores(DEV, shape))
    wrong = {f.name: ([str(p) for p in f.missed], [str(p) for p in f.extra]) for f in totals.files if f.missed or f.extra}
    assert totals.f1 >= 0.97, (shape, totals.f1, wrong)
    assert totals.kind_accuracy >= 0.97, shape


def test_score_extraction_reads_each_notice_in_the_shape_asked_for(tmp_path):
    (tmp_path / "notice.txt").write_text("項目\t日程\n質問受付期限\t令和8年5月1日（金）正午\n", encoding="utf-8")
    (tmp_path / "notice.json").write_text(
        json.dumps({"title": "t", "milestones": [milestone("question", "2026-05-01", "datetime", "12:00")]}),
        encoding="utf-8",
    )
    for shape in SHAPES:
        out = StringIO()
        call_command("score_extraction", "--shape", shape, str(tmp_path), stdout=out)
        assert "notice.txt: 1 matched ok" in out.getvalue(), shape
    with pytest.raises(CommandError, match="shape"):
        call_command("score_extraction", "--shape", "sideways", str(tmp_path))
