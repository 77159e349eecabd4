"""Reference draws of xoshiro256** (Blackman & Vigna 2018) seeded by SplitMix64, written from the
published C algorithm in pure Python (ints masked to 64 bits), for Xoshiro256StarStar's tests.

Also checks the published 2^128 jump polynomial independently: the state transition is linear over
GF(2), so jumping must equal applying the transition matrix raised to 2^128 (128 squarings).

Writes Tests/PanelCoreTests/Fixtures/random/*.txt. Normal draws use Marsaglia's polar method with
math.log, which may differ from Elementary.log by an ulp, so tests compare them at 1e-15 relative.
Run from the repository root: python3 references/random/make_random_fixtures.py
"""
import math

MASK = (1 << 64) - 1
JUMP = (0x180EC6D33CFD0ABA, 0xD5A61266F0C9392C, 0xA9582618E03FC9AA, 0x39ABDC4529B1661C)
OUT = "Tests/PanelCoreTests/Fixtures/random/"
SEEDS = (0, 1, 42, 20261121, MASK)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & MASK


class Xoshiro:
    def __init__(self, seed):
        self.s = []
        z = seed
        for _ in range(4):
            z = (z + 0x9E3779B97F4A7C15) & MASK
            w = z
            w = ((w ^ (w >> 30)) * 0xBF58476D1CE4E5B9) & MASK
            w = ((w ^ (w >> 27)) * 0x94D049BB133111EB) & MASK
            self.s.append(w ^ (w >> 31))
        self.spare = None

    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 17) & MASK
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result

    def jump(self):
        jumped = [0, 0, 0, 0]
        for word in JUMP:
            for bit in range(64):
                if word >> bit & 1:
                    jumped = [a ^ b for a, b in zip(jumped, self.s)]
                self.next()
        self.s = jumped
        self.spare = None

    def uniform(self):
        return (self.next() >> 11) * 2.0 ** -53

    def normal(self):
        if self.spare is not None:
            spare, self.spare = self.spare, None
            return spare
        while True:
            u = 2 * self.uniform() - 1
            v = 2 * self.uniform() - 1
            s = u * u + v * v
            if 0 < s < 1:
                factor = math.sqrt(-2 * math.log(s) / s)
                self.spare = v * factor
                return u * factor

    def int_below(self, bound):
        product = self.next() * bound
        if product & MASK < bound:
            threshold = (-bound % (1 << 64)) % bound
            while product & MASK < threshold:
                product = self.next() * bound
        return product >> 64


def state_int(s):
    return s[0] | s[1] << 64 | s[2] << 128 | s[3] << 192


def int_state(v):
    return [(v >> (64 * i)) & MASK for i in range(4)]


def transition(v):
    g = Xoshiro(0)
    g.s = int_state(v)
    g.next()
    return state_int(g.s)


def apply(columns, v):
    result = 0
    i = 0
    while v:
        if v & 1:
            result ^= columns[i]
        v >>= 1
        i += 1
    return result


def check_jump_polynomial():
    columns = [transition(1 << i) for i in range(256)]
    for _ in range(128):
        columns = [apply(columns, c) for c in columns]
    g = Xoshiro(42)
    before = state_int(g.s)
    g.jump()
    assert state_int(g.s) == apply(columns, before), "jump polynomial does not advance by 2^128"


def hex_double(x):
    return "%016x" % int.from_bytes(__import__("struct").pack(">d", x), "big")


def main():
    assert Xoshiro(0).s[0] == 0xE220A8397B1DCDAF  # the well-known first SplitMix64 output for seed 0
    check_jump_polynomial()
    with open(OUT + "next.txt", "w") as out:  # seed, then the first 16 outputs
        for seed in SEEDS:
            g = Xoshiro(seed)
            out.write(" ".join(["%016x" % seed] + ["%016x" % g.next() for _ in range(16)]) + "\n")
    with open(OUT + "uniform.txt", "w") as out:  # seed, then the bit patterns of 16 uniforms
        for seed in SEEDS:
            g = Xoshiro(seed)
            out.write(" ".join(["%016x" % seed] + [hex_double(g.uniform()) for _ in range(16)]) + "\n")
    with open(OUT + "jump.txt", "w") as out:  # seed, substream index, then its first 8 outputs
        for seed in (1, 42):
            for index in (0, 1, 3):
                g = Xoshiro(seed)
                for _ in range(index + 1):
                    g.jump()
                out.write(" ".join(["%016x" % seed, str(index)] + ["%016x" % g.next() for _ in range(8)]) + "\n")
    with open(OUT + "int.txt", "w") as out:  # seed, bound, then 24 draws below bound
        for bound in (1, 2, 3, 7, 10, 1000, 3 << 61, (1 << 63) - 1):
            g = Xoshiro(42)
            out.write(" ".join(["%016x" % 42, str(bound)] + [str(g.int_below(bound)) for _ in range(24)]) + "\n")
    with open(OUT + "normal.txt", "w") as out:  # seed, then 25 normal draws (decimal, 17 digits)
        for seed in (7, 42):
            g = Xoshiro(seed)
            out.write(" ".join(["%016x" % seed] + [repr(g.normal()) for _ in range(25)]) + "\n")


if __name__ == "__main__":
    main()
