#!/usr/bin/env bash
# Packaging tests (run by .ci/run after `swift test`; needs a release build, which it makes):
#  1. the release binary and the installed one need no shared library (readelf: static);
#  2. `make install DESTDIR=... PREFIX=/usr/local` puts the binary, man page and bash, zsh and
#     fish completions where the README says, and `make uninstall` removes them;
#  3. the installed binary runs with the Swift toolchain hidden (an empty tmpfs over the
#     toolchain's root inside `unshare -m`); where namespaces are forbidden this is reported
#     as NOT CHECKED, never passed silently;
#  4. `make deb`: the control fields (dpkg-deb -I) and the file list (dpkg-deb -c), and every
#     library the binary needs (none, for the static build) belongs to a package in Depends.
set -uo pipefail
cd "$(dirname "$0")/.."

failures=0
passes=0
pass() { echo "ok:   $*"; passes=$((passes + 1)); }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

make all >/tmp/natoscope-make.log 2>&1 || { tail -30 /tmp/natoscope-make.log; echo "FAIL: make"; exit 1; }
version=$(sed -n 's/.*static let number = "\([^"]*\)".*/\1/p' Sources/natoscope/Natoscope.swift)
[ -n "$version" ] || { echo "FAIL: no version found in Sources/natoscope/Natoscope.swift (static let number)"; exit 1; }
arch=$(dpkg --print-architecture 2>/dev/null || uname -m)

# 1. No Swift libraries among the needed ones.
swift_libs() { readelf -d "$1" | grep NEEDED | grep -E 'libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime'; }
if [ -z "$(swift_libs .build/release/natoscope)" ]; then pass "release binary needs no Swift libraries"
else fail "release binary needs: $(swift_libs .build/release/natoscope | tr -s ' ')"; fi
# The release build is one static executable (Package.swift): no shared library at all.
needed=$(readelf -d .build/release/natoscope | grep NEEDED)
[ -z "$needed" ] && pass "release binary is static (no NEEDED entries)" || fail "release binary needs: $(echo "$needed" | tr -s ' ')"

# 2. make install / uninstall into a staging root.
stage=$(mktemp -d /tmp/natoscope-stage.XXXXXX)
trap 'rm -rf "$stage"' EXIT
make install DESTDIR="$stage" PREFIX=/usr/local >/tmp/natoscope-install.log 2>&1 || { tail -20 /tmp/natoscope-install.log; fail "make install"; }
installed=(bin/natoscope share/man/man1/natoscope.1 share/bash-completion/completions/natoscope
           share/zsh/site-functions/_natoscope share/fish/vendor_completions.d/natoscope.fish)
for f in "${installed[@]}"; do
    if [ -s "$stage/usr/local/$f" ]; then pass "installed /usr/local/$f"; else fail "missing /usr/local/$f"; fi
done
bin="$stage/usr/local/bin/natoscope"
[ -x "$bin" ] && [ -z "$(swift_libs "$bin")" ] && pass "installed binary needs no Swift libraries" || fail "installed binary needs Swift libraries"
grep -q '^\.Dt NATOSCOPE 1' "$stage/usr/local/share/man/man1/natoscope.1" && pass "man page is section 1" || fail "man page header"
grep -q 'complete' "$stage/usr/local/share/bash-completion/completions/natoscope" && pass "bash completion script" || fail "bash completion script"

# 3. The installed binary with the toolchain hidden.
swift_bin=$(command -v swift || true)
if [ -z "$swift_bin" ]; then
    fail "no swift on PATH: cannot tell where the toolchain is"
else
    root=$(dirname "$(dirname "$(dirname "$(readlink -f "$swift_bin")")")")
    hidden="mount -t tmpfs none '$root' && ! test -e '$(readlink -f "$swift_bin")' && '$bin' --version && '$bin' list frameworks --format json"
    if out=$(unshare -m sh -c "$hidden" 2>&1); then
        # --version reads "natoscope VERSION (data checked YYYY-MM-DD)".
        if echo "$out" | head -1 | grep -q "^natoscope $version " && echo "$out" | grep -q '"id"'; then
            pass "installed binary runs with the toolchain ($root) hidden"
        else
            fail "installed binary with the toolchain hidden printed: $(echo "$out" | head -3)"
        fi
    elif unshare -m true 2>/dev/null; then
        fail "installed binary fails with the toolchain hidden: $(echo "$out" | tail -3)"
    else
        echo "NOT CHECKED: this machine forbids mount namespaces (unshare -m: $(unshare -m true 2>&1 | head -1));"
        echo "             the run without the toolchain was not tested here."
    fi
fi

make uninstall DESTDIR="$stage" PREFIX=/usr/local >/dev/null 2>&1
left=$(cd "$stage" && find . -type f)
[ -z "$left" ] && pass "make uninstall removes every installed file" || fail "left after uninstall: $left"

# 4. The Debian package.
deb="natoscope_${version}_${arch}.deb"
rm -f "$deb"
if make deb >/tmp/natoscope-deb.log 2>&1 && [ -f "$deb" ]; then
    pass "make deb built $deb"
    info=$(dpkg-deb -I "$deb")
    field() { dpkg-deb -f "$deb" "$1"; }
    [ "$(field Package)" = natoscope ] && pass "Package: natoscope" || fail "Package: $(field Package)"
    [ "$(field Version)" = "$version" ] && pass "Version: $version" || fail "Version: $(field Version), expected $version"
    [ "$(field Architecture)" = "$arch" ] && pass "Architecture: $arch" || fail "Architecture: $(field Architecture)"
    depends=$(field Depends)
    for p in libc6 libncursesw6; do
        echo "$depends" | grep -qw "$p" && pass "Depends names $p" || fail "Depends lacks $p: $depends"
    done
    echo "$depends" | grep -qi swift && fail "Depends names Swift: $depends" || pass "Depends names no Swift package"
    [ -n "$(field Description)" ] && [ -n "$(field Maintainer)" ] && pass "Description and Maintainer present" || fail "Description or Maintainer missing"
    # Every library the binary needs is provided by a package in Depends.
    for lib in $(readelf -d .build/release/natoscope | sed -n 's/.*NEEDED.*\[\(.*\)\]/\1/p'); do
        pkg=$(dpkg -S "*/$lib" 2>/dev/null | grep -E "/$(printf '%s' "$lib" | sed 's/[.+]/\\&/g')\$" | grep -v -- '-dev:' | head -1 | cut -d: -f1)
        if [ -n "$pkg" ] && { echo "$depends" | grep -qw "$pkg" || [ "$pkg" = libc6 ]; }; then pass "$lib comes from $pkg (in Depends)"
        else fail "$lib (package '${pkg:-unknown}') is not covered by Depends: $depends"; fi
    done
    list=$(dpkg-deb -c "$deb" | awk '{ print $NF }')
    for f in ./usr/bin/natoscope ./usr/share/man/man1/natoscope.1.gz ./usr/share/bash-completion/completions/natoscope \
             ./usr/share/zsh/site-functions/_natoscope ./usr/share/fish/vendor_completions.d/natoscope.fish; do
        echo "$list" | grep -qx "$f" && pass "package holds $f" || fail "package lacks $f"
    done
    echo "$list" | grep -E 'libswift|\.so' && fail "package ships shared libraries" || pass "package ships no shared libraries"
    dpkg-deb -c "$deb" | awk '{ print $2 }' | grep -qv '^root/root$' && fail "files not owned by root" || pass "files owned by root/root"
else
    tail -20 /tmp/natoscope-deb.log
    fail "make deb"
fi

echo
# The plain closing line CI reads: "N passed, N failed".
echo "packaging: $passes passed, $failures failed"
[ "$failures" -eq 0 ] || exit 1
