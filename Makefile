# kith: build, install and uninstall. The work is done by scripts/install.sh (for people
# without make); this file only names the targets.
#
#   make                              release build, man page and completions (.build/install/)
#   make install PREFIX=~/.local      ... and install them (default PREFIX: /usr/local)
#   make uninstall PREFIX=~/.local    remove exactly what install put there
#   make test                         swift test (debug build, every test target)
#   make install-check                install into a temporary prefix, run `kith demo` from
#                                     there in tmux, uninstall, check the prefix is empty

PREFIX ?= /usr/local
DESTDIR ?=

export PREFIX DESTDIR

.PHONY: all build install uninstall test install-check

all: build

build:
	scripts/install.sh build

install:
	scripts/install.sh install

uninstall:
	scripts/install.sh uninstall

test:
	swift build --build-tests
	swift test

install-check:
	scripts/install-check.sh
