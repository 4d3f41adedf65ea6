#!/bin/sh
# /usr/bin/hamyon: the terminal installed in /opt/hamyon. Its data lives in the user's data
# folder ($HAMYON_HOME, else $XDG_DATA_HOME/hamyon, else ~/.local/share/hamyon), never in /opt.
exec /opt/hamyon/hamyon "$@"
