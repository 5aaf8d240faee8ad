#!/usr/bin/env bash
# The WordPress peer of the DemandAtlas benchmark: Debian's WordPress, served on loopback by an nginx, a php-fpm
# and a MariaDB of its own, holding the same jurisdictions as a DemandAtlas export, plus the URL lists that
# bench/mix.lua replays against it.
#
#   bench/peers/wordpress.sh start EXPORT_JSON OUT_DIR
#       Installs what is missing (Debian packages only), starts the three servers with configs written into OUT_DIR,
#       creates the database afresh, installs WordPress core, loads every jurisdiction as a post, and writes
#       OUT_DIR/wordpress.env (WP_BASE=http://127.0.0.1:PORT), OUT_DIR/wp-archive-urls.txt (category, tag and
#       category+tag archive paths with their pages) and OUT_DIR/wp-post-urls.txt (every post's path); every
#       listed path answered 200. Running it again starts over with a new database.
#   bench/peers/wordpress.sh stop OUT_DIR
#       Stops the nginx, php-fpm and MariaDB that start started for OUT_DIR.
#
# Settings (environment): WP_FPM_CHILDREN (php-fpm workers, default 4), WP_POSTS_PER_PAGE (archive page size,
# default WordPress's own 10), WP_PORT (default: a free port).
# OUT_DIR must be reachable by the www-data and mysql users (e.g. under /tmp), since the servers drop to them.
# Needs root: it installs packages and writes /etc/wordpress/config-demandatlas-bench.php.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
LOADER=$HERE/wordpress-load.php
# Debian's wp-config.php loads /etc/wordpress/config-$WORDPRESS_CONFIG.php when that variable is set (nginx sends it
# as a FastCGI parameter, the CLI loader as an environment variable); otherwise it would pick the file by the Host
# header, which differs between 127.0.0.1:PORT, localhost and a CLI process.
CONFIG_NAME=demandatlas-bench
WP_CONFIG_FILE=/etc/wordpress/config-$CONFIG_NAME.php
DB_NAME=wordpress_bench
DB_USER=wordpress_bench

say() { echo "wordpress: $*"; }
die() { echo "wordpress: $*" >&2; exit 1; }
usage() { die "usage: $0 start EXPORT_JSON OUT_DIR | $0 stop OUT_DIR"; }

# ---- packages ----

missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || echo "$p"
  done
}

install_packages() {
  local base wp
  # Two steps, because of how apt resolves alternatives: wordpress depends on "apache2 | httpd" and
  # "libapache2-mod-php | php", and asked for all at once apt takes the first of each and pulls in Apache and
  # mod_php. With nginx and php-fpm installed first, the second step is satisfied by them.
  base=$(missing_packages nginx php-fpm php-mysql php-cli mariadb-server curl)
  # --no-install-recommends: the recommended translations and sound tools (via php-getid3) are not needed;
  # the default theme (Twenty Twenty-Three, what wp_install() activates in 6.1) is asked for by name.
  wp=$(missing_packages php wordpress wordpress-theme-twentytwentythree)
  [ -z "$base$wp" ] && return 0
  # shellcheck disable=SC2086 # one package a word
  say "installing with apt-get:" $base $wp
  export DEBIAN_FRONTEND=noninteractive
  local log=$OUT/logs/apt.log
  {
    apt-get update -qq
    # shellcheck disable=SC2086
    [ -z "$base" ] || apt-get install -y -qq $base
    # shellcheck disable=SC2086
    [ -z "$wp" ] || apt-get install -y -qq --no-install-recommends $wp
  } >"$log" 2>&1 || { tail -20 "$log" >&2; die "apt-get failed (see $log)"; }
}

# ---- processes ----

# Stops the process whose pid is in $1 if it is still the program $2 (a stale pid file may name another process).
stop_pidfile() {
  local file=$1 comm=$2 pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file" 2>/dev/null || true)
  if [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null || true)" = "$comm" ]; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 300); do [ -d "/proc/$pid" ] || break; sleep 0.1; done
    if [ -d "/proc/$pid" ]; then die "$comm ($pid) did not stop within 30 s"; fi
  fi
  rm -f "$file"
}

stop_all() {
  local out=$1
  [ -d "$out/run" ] || return 0
  # Front to back, so no request is cut off by a vanished back end.
  stop_pidfile "$out/run/nginx.pid" nginx
  stop_pidfile "$out/run/php-fpm.pid" "$(basename "$FPM_BIN")"
  stop_pidfile "$out/run/mysql/mariadbd.pid" mariadbd
}

wait_for() { # description, command...
  local what=$1; shift
  for _ in $(seq 1 150); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done
  die "$what did not come up (logs in $OUT/logs and $OUT/mysql/error.log)"
}

# Starts a server that outlives this script, in its own session and without this script's open files: run under
# flock (as a machine-wide CPU lock is), an inherited lock descriptor would keep the lock held while the server runs.
# "wait": the server daemonizes itself, and its exit code says whether it started; "fork": it runs in the foreground,
# so setsid forks it off.
detached() {
  local how=$1; shift
  (
    for fd in "/proc/$BASHPID/fd"/*; do
      fd=${fd##*/}
      if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
    done
    exec setsid "-${how:0:1}" "$@" </dev/null
  )
}

# shellcheck disable=SC2016 # PHP code, not shell
free_port() { php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo substr(strrchr(stream_socket_get_name($s, false), ":"), 1);'; }

# ---- configs ----

write_mariadb_config() {
  cat >"$OUT/my.cnf" <<EOF
# MariaDB for the WordPress benchmark peer (written by bench/peers/wordpress.sh).
[mysqld]
user                     = mysql
datadir                  = $OUT/mysql
socket                   = $OUT/run/mysql/mysqld.sock
pid-file                 = $OUT/run/mysql/mariadbd.pid
log-error                = $OUT/mysql/error.log
# Socket only: php-fpm is on the same machine, and no port can clash with a system MariaDB.
skip-networking
# No DNS lookups for connecting clients.
skip-name-resolve
# The whole database (a few tens of MB) and its indexes stay in memory, as on any sensibly sized WordPress host.
innodb_buffer_pool_size  = 256M
# WordPress's own tables are utf8mb4.
character-set-server     = utf8mb4
collation-server         = utf8mb4_unicode_ci
EOF
}

write_fpm_config() {
  cat >"$OUT/php-fpm.conf" <<EOF
; php-fpm for the WordPress benchmark peer (written by bench/peers/wordpress.sh).
; php.ini and extensions are Debian's /etc/php/*/fpm ones: opcache is on there by default, so each worker runs
; WordPress's compiled scripts from shared memory instead of parsing ~100 files per request.
[global]
pid = $OUT/run/php-fpm.pid
error_log = $OUT/logs/php-fpm.log
daemonize = yes

[wordpress]
user = www-data
group = www-data
listen = $OUT/run/php-fpm.sock
listen.owner = www-data
listen.group = www-data
listen.mode = 0660
; static: all workers exist from the start, so a load test measures WordPress rather than php-fpm forking workers.
; By default 4 workers for 2 cores: a WordPress request spends part of its time waiting for MariaDB, so twice the
; cores keeps both busy, while more only add context switches and memory with nginx, MariaDB and wrk on the same
; cores (2, 4 and 8 gave the same requests/s within noise here: the pages are CPU-bound in PHP).
pm = static
pm.max_children = $CHILDREN
; Workers are never recycled in the middle of a run (WordPress core does not leak).
pm.max_requests = 0
php_admin_flag[log_errors] = on
php_admin_value[error_log] = $OUT/logs/php-errors.log
EOF
}

write_nginx_config() {
  cat >"$OUT/nginx.conf" <<EOF
# nginx for the WordPress benchmark peer (written by bench/peers/wordpress.sh; the system's sites are not used).
user www-data;
# One worker per core.
worker_processes auto;
pid $OUT/run/nginx.pid;
error_log $OUT/logs/nginx-error.log warn;

events {
    worker_connections 1024;
}

http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    # No per-request log line: DemandAtlas writes none either, and the disk should not be part of the comparison.
    access_log off;
    sendfile on;
    tcp_nopush on;
    server_tokens off;
    # Keep-alive, and enough requests per connection that a benchmark's connections are never recycled
    # (nginx 1.22 closes a connection after 1,000 by default).
    keepalive_timeout 65s;
    keepalive_requests 1000000;
    # Compression for browsers that ask, as Debian's default nginx.conf does.
    gzip on;
    gzip_types text/css application/javascript application/json image/svg+xml;
    client_body_temp_path $OUT/nginx/body;
    fastcgi_temp_path $OUT/nginx/fastcgi;
    proxy_temp_path $OUT/nginx/proxy;
    scgi_temp_path $OUT/nginx/scgi;
    uwsgi_temp_path $OUT/nginx/uwsgi;

    server {
        listen 127.0.0.1:$PORT;
        server_name _;
        root /usr/share/wordpress;
        index index.php;

        # Debian keeps wp-content (themes, plugins, uploads) in /var/lib/wordpress, outside the document root.
        location /wp-content/ {
            alias /var/lib/wordpress/wp-content/;
            expires 7d;
        }

        # Pretty permalinks: anything that is not a file is WordPress's to route.
        location / {
            try_files \$uri \$uri/ /index.php?\$args;
        }

        location ~ \.php\$ {
            try_files \$uri =404;
            include /etc/nginx/fastcgi_params;
            # Debian's fastcgi_params (since nginx 1.22.1-9+deb12u6) passes HTTP_HOST as \$host, which drops the port:
            # WordPress then sees "127.0.0.1" instead of its home URL's "127.0.0.1:$PORT" and redirects every page
            # to itself. The port this server listens on is the only one it serves, so adding it back is safe.
            fastcgi_param HTTP_HOST \$host:\$server_port;
            fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;
            fastcgi_param WORDPRESS_CONFIG $CONFIG_NAME;
            # Straight to the php-fpm pool's socket: no TCP between two processes on one machine.
            fastcgi_pass unix:$OUT/run/php-fpm.sock;
            # A WordPress page (with its inline styles) is tens of KB: buffer it in memory rather than in a
            # temporary file, which nginx's default 8 x 4 KB buffers would do.
            fastcgi_buffer_size 32k;
            fastcgi_buffers 32 16k;
        }
    }
}
EOF
}

write_wordpress_config() {
  local salts="" key
  for key in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
    salts+="define('$key', '$(head -c 48 /dev/urandom | base64 -w0)');"$'\n'
  done
  install -m 0640 -o root -g www-data /dev/null "$WP_CONFIG_FILE"
  cat >"$WP_CONFIG_FILE" <<EOF
<?php
// WordPress benchmark peer of DemandAtlas (written by bench/peers/wordpress.sh; loaded by Debian's wp-config.php
// through WORDPRESS_CONFIG=$CONFIG_NAME). Readable by www-data only: it holds the database password.
define('DB_NAME', '$DB_NAME');
define('DB_USER', '$DB_USER');
define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', 'localhost:$OUT/run/mysql/mysqld.sock');
define('DB_CHARSET', 'utf8mb4');
// The port changes from run to run; the constants win over the siteurl/home options in the database.
define('WP_HOME', '$BASE');
define('WP_SITEURL', '$BASE');
// No cron spawned from page views: WordPress would otherwise fire a loopback HTTP request from some requests,
// which a production site replaces by a system cron job (and a benchmark must not measure).
define('DISABLE_WP_CRON', true);
// No update checks or other calls to the internet (this machine has none; they would only time out).
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
$salts
EOF
}

# ---- URL lists ----

# Keeps the paths of $1 that answer 200 at $BASE, in their order, in $2; prints how many did not.
keep_ok() {
  local list=$1 out=$2 cfg status
  cfg=$(mktemp) status=$(mktemp)
  awk -v base="$BASE" '{ printf "url = \"%s%s\"\noutput = \"/dev/null\"\n", base, $0 }' "$list" >"$cfg"
  # One curl with its connections kept alive, 4 requests at a time (as many as the pool has workers). HEAD: WordPress
  # routes the request and sets the status a GET gets (200, 301 or 404), then stops before rendering the page.
  curl -s --no-progress-meter --parallel --parallel-max 4 --head -K "$cfg" -w '%{http_code} %{url_effective}\n' >"$status" || true
  awk -v base="$BASE" 'NR == FNR { if ($1 == "200") ok[substr($2, length(base) + 1)] = 1; next } ($0 in ok)' "$status" "$list" >"$out"
  rm -f "$cfg" "$status"
  echo $(($(wc -l <"$list") - $(wc -l <"$out")))
}

# ---- commands ----

# Debian names the binary after the PHP version (php-fpm8.2 in bookworm).
fpm_binary() { find /usr/sbin -maxdepth 1 -name 'php-fpm[0-9]*' | sort -V | tail -1; }
FPM_BIN=$(fpm_binary)

start() {
  local export_json=$1 t0=$SECONDS t
  [ "$(id -u)" = 0 ] || die "start needs root (apt-get, /etc/wordpress, servers that drop to www-data and mysql)"
  [ -f "$export_json" ] || die "no export at $export_json"
  export_json=$(realpath "$export_json")
  mkdir -p "$OUT/logs"
  OUT=$(realpath "$OUT")
  CHILDREN=${WP_FPM_CHILDREN:-4}

  install_packages
  FPM_BIN=$(fpm_binary)
  [ -n "$FPM_BIN" ] || die "no php-fpm binary in /usr/sbin"
  say "packages ready ($((SECONDS - t0)) s)"

  stop_all "$OUT"   # a previous run's servers, if any
  mkdir -p "$OUT/run/mysql" "$OUT/logs" "$OUT/nginx" "$OUT/mysql"
  # PHP's own error log is written by the workers (www-data).
  install -o www-data -g www-data -m 0644 /dev/null "$OUT/logs/php-errors.log"
  chown mysql:mysql "$OUT/run/mysql" "$OUT/mysql"
  for user in www-data mysql; do
    runuser -u "$user" -- test -x "$OUT/run" || die "$user cannot reach $OUT; choose an OUT_DIR such as /tmp/wp-bench"
  done
  PORT=${WP_PORT:-$(free_port)}
  BASE=http://127.0.0.1:$PORT

  # MariaDB: a server of its own, data in OUT_DIR; the system's MariaDB (if any) is left alone.
  write_mariadb_config
  if [ ! -d "$OUT/mysql/mysql" ]; then
    mariadb-install-db --defaults-file="$OUT/my.cnf" --auth-root-authentication-method=socket --skip-test-db \
      >"$OUT/logs/mariadb-install.log" 2>&1 || die "mariadb-install-db failed (see $OUT/logs/mariadb-install.log)"
  fi
  detached fork mariadbd --defaults-file="$OUT/my.cnf" >>"$OUT/logs/mariadb.out" 2>&1
  local sql=(mariadb --no-defaults --socket="$OUT/run/mysql/mysqld.sock" -uroot)
  wait_for MariaDB "${sql[@]}" -e 'SELECT 1'
  # A new password each run, stored only in the (www-data-readable) WordPress config.
  DB_PASSWORD=$(head -c 18 /dev/urandom | base64 -w0 | tr '+/' '-_')
  "${sql[@]}" <<EOF
DROP DATABASE IF EXISTS $DB_NAME;
CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE OR REPLACE USER '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON $DB_NAME.* TO '$DB_USER'@'localhost';
EOF
  write_wordpress_config

  write_fpm_config
  detached wait "$FPM_BIN" --fpm-config "$OUT/php-fpm.conf" || die "php-fpm did not start (see $OUT/logs/php-fpm.log)"
  write_nginx_config
  nginx -q -t -c "$OUT/nginx.conf" -e "$OUT/logs/nginx-error.log" || die "nginx rejected $OUT/nginx.conf"
  detached wait nginx -c "$OUT/nginx.conf" -e "$OUT/logs/nginx-error.log"
  say "MariaDB, php-fpm ($CHILDREN static workers) and nginx up at $BASE ($((SECONDS - t0)) s)"

  export WORDPRESS_CONFIG=$CONFIG_NAME
  local php=(php -d memory_limit=-1 -d display_errors=stderr "$LOADER")
  t=$SECONDS
  "${php[@]}" install "$BASE" "${WP_POSTS_PER_PAGE:-0}" | sed 's/^/wordpress: /'
  "${php[@]}" load "$export_json" | sed 's/^/wordpress: /'
  say "install and load took $((SECONDS - t)) s"
  wait_for "WordPress at $BASE" curl -sf -o /dev/null "$BASE/"

  t=$SECONDS
  "${php[@]}" urls "$OUT/wp-archive-candidates.txt" "$OUT/wp-post-candidates.txt"
  local bad_archives bad_posts
  bad_archives=$(keep_ok "$OUT/wp-archive-candidates.txt" "$OUT/wp-archive-urls.txt")
  bad_posts=$(keep_ok "$OUT/wp-post-candidates.txt" "$OUT/wp-post-urls.txt")
  rm -f "$OUT/wp-archive-candidates.txt" "$OUT/wp-post-candidates.txt"
  say "$(wc -l <"$OUT/wp-archive-urls.txt") archive and $(wc -l <"$OUT/wp-post-urls.txt") post paths answer 200" \
    "($bad_archives and $bad_posts did not, left out; checked in $((SECONDS - t)) s)"
  [ "$(wc -l <"$OUT/wp-archive-urls.txt")" -ge 2000 ] || say "warning: fewer than 2,000 archive paths"

  cat >"$OUT/wordpress.env" <<EOF
WP_BASE=$BASE
WP_ARCHIVE_URLS=$OUT/wp-archive-urls.txt
WP_POST_URLS=$OUT/wp-post-urls.txt
EOF
  say "ready: $OUT/wordpress.env ($((SECONDS - t0)) s in all)"
}

case ${1:-} in
  start)
    [ $# -eq 3 ] || usage
    OUT=$3
    start "$2"
    ;;
  stop)
    [ $# -eq 2 ] || usage
    OUT=$(realpath "$2")
    stop_all "$OUT"
    say "stopped the servers of $OUT"
    ;;
  *) usage ;;
esac
