"""The extractor on held-out sets 2-46 (tests/fixtures/heldout2..heldout46): a regression guard.

Every set was written by someone who neither read nor ran the extractor, and each was measured
ONCE before anyone looked at it; those one-time numbers are the honest estimates and are kept in
each set's README (and in docs/EXTRACTION.md). After that measurement each set was used for
development, so the scores below are fitted: they only stop a change from breaking what a set
taught. Thresholds are the scores after tuning minus 0.02 (floored to two decimals). Sets 20-24
(H316-H390) were measured once at ef96982, sets 25, 27 and 28 (H391-H450) at 132e8b6 and set 30
(H466-H480) at a730c50, then tuned on; sets 35 (H541-H548), 31 (H481-H495), 32 (H496-H510), 33
(H511-H525), 34 (H526-H540) and 36 (H549-H556) were measured once (the last five with the code of
f3b44c2), then tuned on in the next session; sets 37-40 (H557-H588) were measured once at 1388182, then
tuned on; sets 44-46 (H613-H630; 45 and 46 are small, 6 and 4 articles) were measured once at c48344e, and
only 46 was then tuned on; sets 41-43 (H589-H612) were measured once with the code of
8157122 and not tuned on; sets 12, 13 and 19 were development sets from the start.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from thidua.evaluate import evaluate

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# set -> kind -> (precision, recall) floors
THRESHOLDS: dict[str, dict[str, tuple[float, float]]] = {
    "heldout2/dev": {
        "role": (0.98, 0.96),
        "membership": (0.98, 0.98),
        "award": (0.98, 0.98),
        "conference": (0.98, 0.98),
    },
    "heldout2/test": {
        "role": (0.98, 0.98),
        "membership": (0.98, 0.98),
        "award": (0.98, 0.98),
        "conference": (0.98, 0.98),
    },
    "heldout3": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.92)},
    "heldout4": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.90)},
    "heldout5": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.91, 0.88), "conference": (0.98, 0.85)},
    "heldout6": {"role": (0.98, 0.96), "membership": (0.98, 0.98), "award": (0.98, 0.95), "conference": (0.98, 0.98)},
    "heldout7": {"role": (0.98, 0.98), "membership": (0.92, 0.92), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout8": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.91, 0.86)},
    "heldout9": {"role": (0.98, 0.96), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.91, 0.91)},
    "heldout10": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.91), "conference": (0.98, 0.98)},
    "heldout11": {"role": (0.98, 0.98), "membership": (0.93, 0.93), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout12": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.95), "conference": (0.98, 0.98)},
    "heldout13": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout14": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.95), "conference": (0.98, 0.92)},
    "heldout15": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout16": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.94), "conference": (0.89, 0.89)},
    "heldout17": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.93), "conference": (0.84, 0.90)},
    "heldout18": {"role": (0.98, 0.95), "membership": (0.98, 0.98), "award": (0.91, 0.89), "conference": (0.90, 0.90)},
    "heldout19": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.95), "conference": (0.84, 0.84)},
    "heldout20": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout21": {"role": (0.98, 0.98), "membership": (0.98, 0.89), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout22": {"role": (0.98, 0.95), "membership": (0.96, 0.90), "award": (0.90, 0.89), "conference": (0.84, 0.98)},
    "heldout23": {"role": (0.98, 0.98), "membership": (0.96, 0.98), "award": (0.94, 0.98), "conference": (0.82, 0.78)},
    "heldout24": {"role": (0.98, 0.95), "membership": (0.98, 0.89), "award": (0.98, 0.98), "conference": (0.91, 0.98)},
    "heldout25": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout27": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout28": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout30": {"role": (0.98, 0.93), "membership": (0.98, 0.92), "award": (0.94, 0.94), "conference": (0.94, 0.94)},
    "heldout31": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout32": {"role": (0.98, 0.92), "membership": (0.98, 0.92), "award": (0.98, 0.91), "conference": (0.90, 0.90)},
    "heldout33": {"role": (0.98, 0.98), "membership": (0.98, 0.96), "award": (0.98, 0.91), "conference": (0.84, 0.90)},
    # (34, 36: their annotators left the cluster of a conferral proposed in the text null, against the gold
    # conventions of tests/fixtures/README.md that the extractor follows; 3 awards differ for that reason)
    "heldout34": {"role": (0.98, 0.96), "membership": (0.98, 0.98), "award": (0.95, 0.95), "conference": (0.98, 0.92)},
    "heldout35": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout36": {"role": (0.98, 0.93), "membership": (0.98, 0.98), "award": (0.91, 0.87), "conference": (0.98, 0.85)},
    "heldout37": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout38": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout39": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.92, 0.88), "conference": (0.83, 0.98)},
    "heldout40": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout41": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.85)},
    "heldout42": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout43": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout44": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout45": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout46": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout47": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout48": {"role": (0.98, 0.96), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout49": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout50": {"role": (0.98, 0.98), "membership": (0.98, 0.90), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout51": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout52": {"role": (0.94, 0.98), "membership": (0.98, 0.92), "award": (0.79, 0.79), "conference": (0.98, 0.98)},
    "heldout53": {"role": (0.90, 0.90), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout54": {"role": (0.98, 0.95), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout55": {"role": (0.98, 0.98), "membership": (0.98, 0.81), "award": (0.98, 0.85), "conference": (0.81, 0.81)},
    "heldout56": {"role": (0.98, 0.98), "membership": (0.98, 0.84), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout57": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.95, 0.95), "conference": (0.98, 0.81)},
    "heldout58": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.93, 0.93), "conference": (0.98, 0.98)},
    "heldout59": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout60": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout61": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout62": {"role": (0.95, 0.93), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.86, 0.86)},
    "heldout63": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout64": {"role": (0.98, 0.98), "membership": (0.98, 0.96), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout65": {"role": (0.98, 0.98), "membership": (0.82, 0.82), "award": (0.98, 0.94), "conference": (0.98, 0.98)},
    "heldout66": {"role": (0.93, 0.93), "membership": (0.98, 0.98), "award": (0.92, 0.92), "conference": (0.98, 0.98)},
    "heldout67": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout68": {"role": (0.98, 0.98), "membership": (0.87, 0.87), "award": (0.98, 0.82), "conference": (0.98, 0.98)},
    "heldout69": {"role": (0.98, 0.98), "membership": (0.98, 0.94), "award": (0.98, 0.94), "conference": (0.98, 0.98)},
    "heldout70": {"role": (0.98, 0.98), "membership": (0.98, 0.87), "award": (0.93, 0.93), "conference": (0.98, 0.90)},
    "heldout71": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout72": {"role": (0.98, 0.95), "membership": (0.98, 0.96), "award": (0.98, 0.98), "conference": (0.98, 0.85)},
    "heldout73": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.93), "conference": (0.78, 0.78)},
    "heldout74": {"role": (0.98, 0.93), "membership": (0.98, 0.83), "award": (0.98, 0.98), "conference": (0.78, 0.70)},
    "heldout75": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout76": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.91), "conference": (0.98, 0.98)},
    "heldout77": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.93, 0.93), "conference": (0.98, 0.98)},
    "heldout78": {"role": (0.98, 0.94), "membership": (0.98, 0.95), "award": (0.94, 0.94), "conference": (0.98, 0.89)},
    "heldout79": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout80": {"role": (0.98, 0.98), "membership": (0.96, 0.75), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout81": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.81, 0.81), "conference": (0.98, 0.98)},
    "heldout82": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.86, 0.70)},
    "heldout83": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout84": {"role": (0.98, 0.98), "membership": (0.98, 0.93), "award": (0.90, 0.90), "conference": (0.98, 0.78)},
    "heldout85": {"role": (0.98, 0.98), "membership": (0.78, 0.78), "award": (0.91, 0.86), "conference": (0.98, 0.98)},
    "heldout86": {"role": (0.98, 0.93), "membership": (0.98, 0.88), "award": (0.98, 0.80), "conference": (0.85, 0.85)},
    "heldout87": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout88": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.78, 0.78)},
    "heldout89": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout90": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout91": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout92": {"role": (0.98, 0.98), "membership": (0.98, 0.91), "award": (0.98, 0.98), "conference": (0.98, 0.81)},
    "heldout93": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout94": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.86)},
    "heldout95": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout96": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout97": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.95), "conference": (0.98, 0.98)},
    "heldout98": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout99": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout100": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout101": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.95), "conference": (0.98, 0.98)},
    "heldout102": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout103": {"role": (0.98, 0.98), "membership": (0.98, 0.93), "award": (0.98, 0.92), "conference": (0.98, 0.98)},
    "heldout104": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.94), "conference": (0.98, 0.98)},
    "heldout105": {"role": (0.98, 0.94), "membership": (0.98, 0.94), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout106": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout107": {"role": (0.98, 0.88), "membership": (0.98, 0.79), "award": (0.98, 0.98), "conference": (0.83, 0.83)},
    "heldout108": {"role": (0.98, 0.98), "membership": (0.61, 0.57), "award": (0.93, 0.61), "conference": (0.73, 0.48)},
    "heldout109": {"role": (0.98, 0.82), "membership": (0.98, 0.86), "award": (0.98, 0.79), "conference": (0.98, 0.98)},
    "heldout110": {"role": (0.88, 0.70), "membership": (0.80, 0.78), "award": (0.77, 0.74), "conference": (0.58, 0.40)},
    "heldout111": {"role": (0.94, 0.89), "membership": (0.91, 0.92), "award": (0.98, 0.94), "conference": (0.98, 0.61)},
    "heldout112": {"role": (0.98, 0.98), "membership": (0.69, 0.67), "award": (0.88, 0.68), "conference": (0.98, 0.83)},
    "heldout113": {"role": (0.98, 0.92), "membership": (0.98, 0.95), "award": (0.98, 0.98), "conference": (0.81, 0.81)},
    "heldout114": {"role": (0.98, 0.98), "membership": (0.98, 0.80), "award": (0.94, 0.91), "conference": (0.98, 0.98)},
    "heldout115": {"role": (0.98, 0.90), "membership": (0.83, 0.83), "award": (0.88, 0.74), "conference": (0.64, 0.48)},
    "heldout116": {"role": (0.98, 0.91), "membership": (0.98, 0.98), "award": (0.90, 0.50), "conference": (0.98, 0.81)},
    "heldout117": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout118": {"role": (0.98, 0.82), "membership": (0.87, 0.98), "award": (0.91, 0.91), "conference": (0.98, 0.98)},
    "heldout119": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.94, 0.94), "conference": (0.98, 0.98)},
    "heldout120": {"role": (0.87, 0.87), "membership": (0.98, 0.91), "award": (0.94, 0.91), "conference": (0.98, 0.98)},
    "heldout121": {"role": (0.98, 0.87), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.78)},
    "heldout122": {"role": (0.98, 0.98), "membership": (0.98, 0.82), "award": (0.83, 0.83), "conference": (0.98, 0.98)},
    "heldout123": {"role": (0.98, 0.94), "membership": (0.98, 0.98), "award": (0.86, 0.91), "conference": (0.98, 0.98)},
    "heldout124": {"role": (0.98, 0.88), "membership": (0.98, 0.92), "award": (0.98, 0.84), "conference": (0.98, 0.98)},
    "heldout125": {"role": (0.87, 0.87), "membership": (0.91, 0.91), "award": (0.69, 0.41), "conference": (0.58, 0.58)},
    "heldout126": {"role": (0.95, 0.73), "membership": (0.95, 0.64), "award": (0.98, 0.92), "conference": (0.98, 0.58)},
    "heldout127": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.83), "conference": (0.98, 0.98)},
    "heldout128": {"role": (0.98, 0.93), "membership": (0.98, 0.98), "award": (0.98, 0.76), "conference": (0.73, 0.48)},
    "heldout129": {"role": (0.98, 0.92), "membership": (0.98, 0.92), "award": (0.98, 0.81), "conference": (0.98, 0.98)},
    "heldout130": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.95, 0.95), "conference": (0.98, 0.98)},
    "heldout131": {"role": (0.98, 0.98), "membership": (0.81, 0.81), "award": (0.98, 0.98), "conference": (0.81, 0.81)},
    "heldout132": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.95, 0.95), "conference": (0.85, 0.85)},
    "heldout133": {"role": (0.98, 0.98), "membership": (0.95, 0.86), "award": (0.98, 0.93), "conference": (0.83, 0.83)},
    "heldout134": {"role": (0.98, 0.98), "membership": (0.98, 0.86), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout135": {"role": (0.98, 0.98), "membership": (0.98, 0.53), "award": (0.98, 0.93), "conference": (0.98, 0.98)},
    "heldout136": {"role": (0.98, 0.93), "membership": (0.98, 0.92), "award": (0.98, 0.93), "conference": (0.83, 0.83)},
    "heldout137": {"role": (0.98, 0.98), "membership": (0.98, 0.96), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout138": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.83)},
    "heldout139": {"role": (0.79, 0.73), "membership": (0.98, 0.98), "award": (0.95, 0.89), "conference": (0.98, 0.98)},
    "heldout140": {"role": (0.98, 0.88), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout141": {"role": (0.85, 0.85), "membership": (0.98, 0.98), "award": (0.91, 0.86), "conference": (0.98, 0.98)},
    "heldout142": {"role": (0.93, 0.93), "membership": (0.82, 0.67), "award": (0.98, 0.92), "conference": (0.69, 0.69)},
    "heldout143": {"role": (0.98, 0.98), "membership": (0.83, 0.80), "award": (0.98, 0.98), "conference": (0.98, 0.81)},
    "heldout144": {"role": (0.98, 0.89), "membership": (0.98, 0.98), "award": (0.89, 0.84), "conference": (0.98, 0.64)},
    "heldout145": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.92), "conference": (0.78, 0.78)},
    "heldout146": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.90, 0.79), "conference": (0.98, 0.81)},
    "heldout147": {"role": (0.98, 0.81), "membership": (0.98, 0.98), "award": (0.98, 0.83), "conference": (0.98, 0.98)},
    "heldout148": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.69)},
    "heldout149": {"role": (0.98, 0.93), "membership": (0.98, 0.98), "award": (0.98, 0.93), "conference": (0.98, 0.98)},
    "heldout150": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.95, 0.86), "conference": (0.98, 0.98)},
    "heldout152": {"role": (0.92, 0.92), "membership": (0.98, 0.98), "award": (0.98, 0.93), "conference": (0.98, 0.98)},
    "heldout151": {"role": (0.98, 0.98), "membership": (0.78, 0.76), "award": (0.93, 0.93), "conference": (0.98, 0.98)},
    "heldout153": {"role": (0.98, 0.98), "membership": (0.83, 0.83), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    # (154's membership precision was lowered to 0.89 on purpose: its writer gave nothing from an annex list cut at
    # "Hu…", and the fixture conventions, H13, keep the whole items of a cut list)
    "heldout154": {"role": (0.98, 0.98), "membership": (0.89, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout155": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.78, 0.78), "conference": (0.98, 0.98)},
    "heldout157": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.92), "conference": (0.98, 0.98)},
    "heldout159": {"role": (0.98, 0.87), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout156": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.95, 0.93), "conference": (0.98, 0.98)},
    "heldout158": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.78, 0.78)},
    "heldout162": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.83, 0.98)},
    "heldout163": {"role": (0.98, 0.94), "membership": (0.87, 0.87), "award": (0.98, 0.98), "conference": (0.81, 0.98)},
    "heldout161": {"role": (0.98, 0.87), "membership": (0.98, 0.94), "award": (0.98, 0.71), "conference": (0.98, 0.98)},
    "heldout160": {"role": (0.92, 0.92), "membership": (0.98, 0.98), "award": (0.95, 0.90), "conference": (0.98, 0.48)},
    "heldout164": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.90, 0.73), "conference": (0.98, 0.98)},
    "heldout165": {"role": (0.98, 0.93), "membership": (0.98, 0.90), "award": (0.98, 0.98), "conference": (0.78, 0.78)},
    "heldout166": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.81, 0.81)},
    "heldout169": {"role": (0.94, 0.94), "membership": (0.73, 0.63), "award": (0.84, 0.79), "conference": (0.98, 0.73)},
    "heldout168": {"role": (0.98, 0.98), "membership": (0.81, 0.72), "award": (0.98, 0.89), "conference": (0.98, 0.98)},
    "heldout167": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.90, 0.67), "conference": (0.64, 0.64)},
    "heldout171": {"role": (0.93, 0.90), "membership": (0.98, 0.98), "award": (0.90, 0.90), "conference": (0.98, 0.98)},
    "heldout172": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout170": {"role": (0.91, 0.91), "membership": (0.62, 0.66), "award": (0.98, 0.61), "conference": (0.98, 0.98)},
    "heldout175": {"role": (0.77, 0.77), "membership": (0.98, 0.94), "award": (0.86, 0.86), "conference": (0.98, 0.98)},
    "heldout174": {"role": (0.98, 0.98), "membership": (0.79, 0.79), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout173": {"role": (0.90, 0.90), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout176": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.92, 0.77), "conference": (0.64, 0.64)},
    "heldout177": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.78, 0.78)},
    "heldout178": {"role": (0.98, 0.98), "membership": (0.98, 0.86), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout179": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout180": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.95, 0.93), "conference": (0.98, 0.98)},
    "heldout181": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout182": {"role": (0.98, 0.94), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout183": {"role": (0.92, 0.92), "membership": (0.98, 0.98), "award": (0.85, 0.74), "conference": (0.73, 0.98)},
    "heldout184": {"role": (0.98, 0.98), "membership": (0.70, 0.70), "award": (0.98, 0.89), "conference": (0.98, 0.98)},
    "heldout185": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.93), "conference": (0.98, 0.98)},
    "heldout186": {"role": (0.98, 0.91), "membership": (0.94, 0.87), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout187": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.64)},
    "heldout188": {"role": (0.74, 0.74), "membership": (0.80, 0.80), "award": (0.91, 0.73), "conference": (0.98, 0.98)},
    "heldout189": {"role": (0.98, 0.86), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout190": {"role": (0.98, 0.91), "membership": (0.88, 0.88), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout191": {"role": (0.98, 0.98), "membership": (0.98, 0.83), "award": (0.76, 0.68), "conference": (0.73, 0.98)},
    "heldout192": {"role": (0.98, 0.91), "membership": (0.66, 0.66), "award": (0.88, 0.71), "conference": (0.98, 0.64)},
    "heldout193": {"role": (0.98, 0.94), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.78, 0.78)},
    "heldout194": {"role": (0.94, 0.85), "membership": (0.98, 0.85), "award": (0.88, 0.67), "conference": (0.98, 0.98)},
    "heldout195": {"role": (0.98, 0.92), "membership": (0.98, 0.92), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout196": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.90, 0.78), "conference": (0.73, 0.73)},
    "heldout197": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.92, 0.92), "conference": (0.98, 0.98)},
    "heldout198": {"role": (0.89, 0.91), "membership": (0.98, 0.91), "award": (0.86, 0.78), "conference": (0.98, 0.98)},
    "heldout199": {"role": (0.88, 0.88), "membership": (0.98, 0.98), "award": (0.79, 0.55), "conference": (0.98, 0.64)},
    "heldout200": {"role": (0.90, 0.90), "membership": (0.98, 0.98), "award": (0.90, 0.80), "conference": (0.64, 0.48)},
    "heldout201": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.82), "conference": (0.78, 0.78)},
    "heldout202": {"role": (0.74, 0.62), "membership": (0.87, 0.87), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout203": {"role": (0.98, 0.64), "membership": (0.98, 0.98), "award": (0.90, 0.81), "conference": (0.73, 0.98)},
    "heldout204": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.88, 0.78), "conference": (0.98, 0.73)},
    "heldout205": {"role": (0.89, 0.73), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.81)},
    "heldout206": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.85, 0.85), "conference": (0.98, 0.98)},
    "heldout207": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout208": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.94, 0.94), "conference": (0.98, 0.98)},
    "heldout209": {"role": (0.98, 0.98), "membership": (0.98, 0.82), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
    "heldout210": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.92, 0.92), "conference": (0.98, 0.81)},
    "heldout211": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.92), "conference": (0.98, 0.98)},
    "heldout212": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.95, 0.87), "conference": (0.98, 0.98)},
    "heldout213": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.85, 0.75), "conference": (0.98, 0.48)},
    "heldout214": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.98, 0.91), "conference": (0.98, 0.81)},
    "heldout215": {"role": (0.98, 0.89), "membership": (0.64, 0.52), "award": (0.90, 0.90), "conference": (0.98, 0.78)},
    "heldout216": {"role": (0.98, 0.79), "membership": (0.98, 0.98), "award": (0.93, 0.84), "conference": (0.98, 0.98)},
    "heldout217": {"role": (0.90, 0.94), "membership": (0.98, 0.98), "award": (0.78, 0.78), "conference": (0.98, 0.78)},
    "heldout218": {"role": (0.98, 0.89), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.78)},
    "heldout219": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.91, 0.85), "conference": (0.98, 0.64)},
    "heldout220": {"role": (0.98, 0.89), "membership": (0.98, 0.60), "award": (0.89, 0.71), "conference": (0.98, 0.73)},
    "heldout221": {"role": (0.98, 0.91), "membership": (0.98, 0.90), "award": (0.98, 0.70), "conference": (0.64, 0.48)},
    "heldout222": {"role": (0.98, 0.95), "membership": (0.98, 0.98), "award": (0.98, 0.87), "conference": (0.98, 0.81)},
    "heldout223": {"role": (0.98, 0.90), "membership": (0.36, 0.36), "award": (0.90, 0.68), "conference": (0.98, 0.98)},
    "heldout224": {"role": (0.90, 0.83), "membership": (0.91, 0.98), "award": (0.54, 0.48), "conference": (0.98, 0.64)},
    "heldout225": {"role": (0.98, 0.91), "membership": (0.83, 0.83), "award": (0.91, 0.91), "conference": (0.73, 0.73)},
    "heldout226": {"role": (0.98, 0.98), "membership": (0.98, 0.90), "award": (0.88, 0.88), "conference": (0.98, 0.98)},
    "heldout227": {"role": (0.98, 0.98), "membership": (0.98, 0.98), "award": (0.90, 0.54), "conference": (0.98, 0.55)},
    "heldout230": {"role": (0.98, 0.94), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.81)},
    "heldout231": {"role": (0.92, 0.92), "membership": (0.98, 0.98), "award": (0.98, 0.98), "conference": (0.98, 0.98)},
}


@pytest.fixture(scope="module", params=sorted(THRESHOLDS))
def scored(request):  # type: ignore[no-untyped-def]
    folder = FIXTURES / request.param
    assert (folder / "gold").is_dir(), f"{request.param} is part of the repository"
    return request.param, evaluate(folder / "articles", folder / "gold")


def test_every_article_scored(scored) -> None:  # type: ignore[no-untyped-def]
    name, evaluation = scored
    articles = [p for p in (FIXTURES / name / "articles").iterdir() if p.suffix in (".txt", ".html")]
    assert len(evaluation.files) == len(articles) >= 4  # (every article has its gold file)
    assert [d.name for d in evaluation.files if d.error] == []


@pytest.mark.parametrize("kind", ["role", "membership", "award", "conference"])
def test_scores_per_kind(scored, kind: str) -> None:  # type: ignore[no-untyped-def]
    name, evaluation = scored
    score = evaluation.by_kind[kind]
    p_min, r_min = THRESHOLDS[name][kind]
    assert score.precision >= p_min, f"{name} {kind} precision {score.precision:.3f}\n{evaluation.diff(kind)}"
    assert score.recall >= r_min, f"{name} {kind} recall {score.recall:.3f}\n{evaluation.diff(kind)}"
