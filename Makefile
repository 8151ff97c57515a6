# natoscope: build, install and package (see README.md, "Installing the binary").
# MAINTAINER (for the .deb) is a placeholder: set it when publishing a package.
#   make                                  release binary, man page, shell completions
#   make install PREFIX=/usr/local        (DESTDIR=/staging/root for packagers)
#   make uninstall PREFIX=/usr/local
#   make deb                              natoscope_VERSION_ARCH.deb (dpkg-deb)
#   make check-install                    the packaging tests (packaging/test-install.sh)
# The release build is one static executable: Package.swift passes -static-executable to
# release links of the natoscope binary (the Swift runtime, libstdc++, ncursesw, tinfo and the
# C library are linked in), so that `swift build -c release` and generate-manual's own release
# build share one build; `make` checks with readelf that it needs no shared library.

PREFIX      ?= /usr/local
DESTDIR     ?=
SWIFT       ?= swift
BUILD_FLAGS ?= -c release
MAINTAINER  ?= natoscope developers <natoscope@localhost>

VERSION := $(shell sed -n 's/.*static let number = "\([^"]*\)".*/\1/p' Sources/natoscope/Natoscope.swift)
ARCH    := $(shell dpkg --print-architecture 2>/dev/null || uname -m)
BIN     := .build/release/natoscope
GEN     := .build/dist
DEB     := natoscope_$(VERSION)_$(ARCH).deb
# The binary loads no shared library, but the static C library still reads the system's
# name-service modules and locale files at run time (libc6), and the package keeps naming the
# ncurses it was built with (libncursesw6; the terminfo data is in the essential ncurses-base).
DEPENDS := libc6, libncursesw6

bindir  = $(PREFIX)/bin
mandir  = $(PREFIX)/share/man/man1
bashdir = $(PREFIX)/share/bash-completion/completions
zshdir  = $(PREFIX)/share/zsh/site-functions
fishdir = $(PREFIX)/share/fish/vendor_completions.d

.PHONY: all build check-static man completions install uninstall deb check-install clean-dist

all: build man completions

build:
	$(SWIFT) build $(BUILD_FLAGS) --product natoscope
	@$(MAKE) --no-print-directory check-static

# The binary must run where Swift is not installed: it needs no shared library at all.
check-static:
	@if readelf -d $(BIN) | grep NEEDED; then \
		echo "error: $(BIN) needs the shared libraries above (see Package.swift, linkerSettings)" >&2; exit 1; fi

# swift-argument-parser's plugin writes the page from the binary's own help.
man: build
	$(SWIFT) package generate-manual --configuration release
	mkdir -p $(GEN)
	cp "$$(find .build/plugins -path '*GenerateManual*' -name natoscope.1 | head -1)" $(GEN)/natoscope.1

completions: build
	mkdir -p $(GEN)
	$(BIN) --generate-completion-script bash > $(GEN)/natoscope.bash
	$(BIN) --generate-completion-script zsh > $(GEN)/_natoscope
	$(BIN) --generate-completion-script fish > $(GEN)/natoscope.fish

install: all
	install -d $(DESTDIR)$(bindir) $(DESTDIR)$(mandir) $(DESTDIR)$(bashdir) $(DESTDIR)$(zshdir) $(DESTDIR)$(fishdir)
	install -m 755 $(BIN) $(DESTDIR)$(bindir)/natoscope
	install -m 644 $(GEN)/natoscope.1 $(DESTDIR)$(mandir)/natoscope.1
	install -m 644 $(GEN)/natoscope.bash $(DESTDIR)$(bashdir)/natoscope
	install -m 644 $(GEN)/_natoscope $(DESTDIR)$(zshdir)/_natoscope
	install -m 644 $(GEN)/natoscope.fish $(DESTDIR)$(fishdir)/natoscope.fish

uninstall:
	rm -f $(DESTDIR)$(bindir)/natoscope $(DESTDIR)$(mandir)/natoscope.1 $(DESTDIR)$(bashdir)/natoscope \
		$(DESTDIR)$(zshdir)/_natoscope $(DESTDIR)$(fishdir)/natoscope.fish

# A Debian package of the same files under /usr; installs with `apt install ./$(DEB)`.
deb: all
	rm -rf $(GEN)/deb
	$(MAKE) --no-print-directory install DESTDIR=$(CURDIR)/$(GEN)/deb PREFIX=/usr
	gzip -9n $(GEN)/deb/usr/share/man/man1/natoscope.1
	mkdir -p $(GEN)/deb/DEBIAN
	{ echo "Package: natoscope"; \
	  echo "Version: $(VERSION)"; \
	  echo "Architecture: $(ARCH)"; \
	  echo "Maintainer: $(MAINTAINER)"; \
	  echo "Installed-Size: $$(du -sk --exclude=DEBIAN $(GEN)/deb | cut -f1)"; \
	  echo "Depends: $(DEPENDS)"; \
	  echo "Section: utils"; \
	  echo "Priority: optional"; \
	  echo "Description: terminal explorer of NATO's partnerships"; \
	  echo " Countries, partnership frameworks, cooperation areas and milestones in"; \
	  echo " four linked panes, with guided tours, quizzes and handouts for classes."; \
	  echo " The built-in data set is compiled in; no Swift runtime is needed."; \
	} > $(GEN)/deb/DEBIAN/control
	dpkg-deb --root-owner-group --build $(GEN)/deb $(DEB)

check-install:
	packaging/test-install.sh

clean-dist:
	rm -rf $(GEN) natoscope_*.deb
