<?php
/*
 * WordPress side of the DemandAtlas benchmark, run with the PHP CLI by bench/peers/wordpress.sh.
 * Everything goes through WordPress's own PHP API, so the database ends up as WordPress itself would
 * write it. The only SQL of our own: transactions around batches of the load, and one read-only query that
 * lists the category+tag combinations that have posts.
 *
 *   php wordpress-load.php install SITE_URL [POSTS_PER_PAGE]
 *       wp_install() without the web installer, pretty permalinks, comments closed, sample content removed.
 *   php wordpress-load.php load EXPORT_JSON
 *       every jurisdiction as a published post: tactics as categories, its state as a tag.
 *   php wordpress-load.php urls ARCHIVE_FILE POST_FILE
 *       candidate paths (the shell script keeps only those that answer 200).
 *
 * Debian's wp-config.php picks /etc/wordpress/config-NAME.php from $_SERVER['WORDPRESS_CONFIG'] (the script
 * sets it in the environment; nginx passes the same name as a FastCGI parameter) and otherwise from the Host
 * header, which a CLI process does not have: both are set here before WordPress loads.
 */

if (PHP_SAPI !== 'cli') {
    exit(1);
}

function fail(string $message): void
{
    fwrite(STDERR, "wordpress-load: $message\n");
    exit(1);
}

$mode = $argv[1] ?? '';
$config = getenv('WORDPRESS_CONFIG') ?: fail('WORDPRESS_CONFIG is not set');
$_SERVER['WORDPRESS_CONFIG'] = $config;
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_SOFTWARE'] = 'nginx'; // the site is served by nginx: WordPress then knows URL rewriting works

if ($mode === 'install') {
    define('WP_INSTALLING', true);
}
// A bulk load: WordPress skips pings, enclosure checks and similar per-post side work while importing.
if ($mode === 'load') {
    define('WP_IMPORTING', true);
}

// The Debian package installs WordPress in /usr/share/wordpress.
$abspath = getenv('WP_ABSPATH') ?: '/usr/share/wordpress/';
require $abspath . 'wp-load.php';

switch ($mode) {
    case 'install':
        install($argv[2] ?? fail('install needs SITE_URL'), (int) ($argv[3] ?? 0));
        break;
    case 'load':
        load($argv[2] ?? fail('load needs EXPORT_JSON'));
        break;
    case 'urls':
        urls($argv[2] ?? fail('urls needs ARCHIVE_FILE'), $argv[3] ?? fail('urls needs POST_FILE'));
        break;
    default:
        fail("unknown mode '$mode' (install, load or urls)");
}

function install(string $siteUrl, int $postsPerPage): void
{
    global $wp_rewrite;
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    if (is_blog_installed()) {
        fail('WordPress is already installed in this database (the shell script recreates it first)');
    }

    // Nobody reads the admin's mail here, and the machine has no mail transport.
    add_filter('pre_wp_mail', '__return_false');
    $password = wp_generate_password(24);
    $result = wp_install('DemandAtlas (WordPress peer)', 'admin', 'admin@example.org', true, '', $password);
    if (empty($result['user_id'])) {
        fail('wp_install() did not create the admin user');
    }

    // Pretty permalinks: /%postname%/ for posts, /category/SLUG/ and /tag/SLUG/ for archives.
    // wp_install() only tries them over HTTP, which it cannot do from the CLI, so set them here. The category and
    // tag rules are added when the taxonomies are registered, which this process did at init, before permalinks
    // were on (the admin's permalink screen gets them because it is_admin()): register them again, then build the
    // rules, without .htaccess ("soft"), since nginx routes every unknown path to index.php.
    $wp_rewrite->set_permalink_structure('/%postname%/');
    create_initial_taxonomies();
    flush_rewrite_rules(false);

    // A directory has no discussion: no comment forms or pingbacks on posts, like DemandAtlas's profiles.
    update_option('default_comment_status', 'closed');
    update_option('default_ping_status', 'closed');
    update_option('default_pingback_flag', 0);
    if ($postsPerPage > 0) {
        update_option('posts_per_page', $postsPerPage);
    }

    // The sample post, sample page and privacy-policy draft would show up in archives and counts.
    foreach (get_posts(['post_type' => ['post', 'page'], 'post_status' => 'any', 'numberposts' => -1]) as $post) {
        wp_delete_post($post->ID, true);
    }
    update_option('wp_page_for_privacy_policy', 0);
    echo "installed WordPress " . get_bloginfo('version') . " at " . home_url('/') . "\n";
}

/** A jurisdiction as simple HTML: its narrative's paragraphs, then its tactics with evidence, operations and partners. */
function profile_html(array $j): string
{
    $html = '';
    foreach (preg_split('/\n\s*\n/', trim((string) ($j['narrative'] ?? ''))) as $paragraph) {
        if (trim($paragraph) !== '') {
            $html .= '<p>' . esc_html(trim($paragraph)) . "</p>\n";
        }
    }
    if (!empty($j['tactics'])) {
        $html .= "<h2>Tactics</h2>\n<ul>\n";
        foreach ($j['tactics'] as $tactic) {
            $html .= '<li><strong>' . esc_html($tactic['name']) . '</strong>';
            $evidence = array_unique(array_map(fn($e) => (string) $e['text'], $tactic['evidence'] ?? []));
            if ($evidence) {
                $html .= '<ul>';
                foreach ($evidence as $text) {
                    $html .= '<li>' . esc_html($text) . '</li>';
                }
                $html .= '</ul>';
            }
            $html .= "</li>\n";
        }
        $html .= "</ul>\n";
    }
    if (!empty($j['operations'])) {
        $html .= "<h2>Operations</h2>\n<ul>\n";
        foreach ($j['operations'] as $op) {
            $arrests = isset($op['arrests']) ? sprintf(' (%d arrests)', $op['arrests']) : '';
            $html .= '<li>' . esc_html(($op['date'] ?? $op['year'] ?? '') . ': ' . ($op['summary'] ?? '') . $arrests) . "</li>\n";
        }
        $html .= "</ul>\n";
    }
    if (!empty($j['partners'])) {
        $html .= "<h2>Partners</h2>\n<ul>\n";
        foreach ($j['partners'] as $partner) {
            $html .= '<li>' . esc_html($partner['name']) . "</li>\n";
        }
        $html .= "</ul>\n";
    }
    return $html;
}

/** Creates the term (or finds it on a rerun into the same database) and returns its id. */
function term_id(string $name, string $taxonomy, string $slug, string $description = ''): int
{
    $existing = get_term_by('slug', $slug, $taxonomy);
    if ($existing) {
        return (int) $existing->term_id;
    }
    $term = wp_insert_term($name, $taxonomy, ['slug' => $slug, 'description' => $description]);
    if (is_wp_error($term)) {
        fail("could not create $taxonomy '$name': " . $term->get_error_message());
    }
    return (int) $term['term_id'];
}

function load(string $exportFile): void
{
    global $wpdb;
    $started = microtime(true);
    $export = json_decode((string) file_get_contents($exportFile), true);
    if (!is_array($export) || !isset($export['jurisdictions'])) {
        fail("$exportFile is not a DemandAtlas export (no \"jurisdictions\")");
    }

    // Posts are written as the admin: WordPress then stores the HTML as given instead of running every post
    // through the kses filter that it applies to users without the unfiltered_html capability.
    wp_set_current_user(1);
    // Counting each term's posts after every post is quadratic work; WordPress counts them all once at the end.
    wp_defer_term_counting(true);
    // The per-request object cache would otherwise keep every post and term of the load in memory.
    wp_suspend_cache_addition(true);

    $categories = [];
    foreach ($export['tactics'] ?? [] as $tactic) {
        $categories[$tactic['slug']] = term_id($tactic['name'], 'category', $tactic['slug'], (string) ($tactic['description'] ?? ''));
    }
    $tags = [];

    $count = count($export['jurisdictions']);
    // Dates one minute apart in the past, in export order: archives list the export's first profile first, and
    // no post is dated in the future (WordPress would schedule it instead of publishing it).
    $newest = time() - 60;
    // One transaction per batch: a commit per post would wait for the log to reach the disk ~30,000 times.
    $wpdb->query('START TRANSACTION');
    foreach ($export['jurisdictions'] as $i => $j) {
        $catIds = [];
        foreach ($j['tactics'] ?? [] as $tactic) {
            $catIds[] = $categories[$tactic['slug']] ??= term_id($tactic['name'], 'category', $tactic['slug']);
        }
        $stateName = $j['state']['name'];
        $tagId = $tags[$stateName] ??= term_id($stateName, 'post_tag', sanitize_title($stateName));

        $date = $newest - 60 * $i;
        $id = wp_insert_post([
            'post_type' => 'post',
            'post_status' => 'publish',
            'post_author' => 1,
            'post_title' => $j['name'] . ', ' . $j['state']['code'],
            'post_name' => $j['slug'],
            'post_content' => profile_html($j),
            'post_date' => get_date_from_gmt(gmdate('Y-m-d H:i:s', $date)),
            'post_date_gmt' => gmdate('Y-m-d H:i:s', $date),
            'comment_status' => 'closed',
            'ping_status' => 'closed',
        ], true);
        if (is_wp_error($id)) {
            $wpdb->query('ROLLBACK');
            fail("post for {$j['slug']}: " . $id->get_error_message());
        }
        // Tactics as categories, the state as a tag (a profile without tactics keeps the default category,
        // as any WordPress post without one does).
        if ($catIds) {
            $set = wp_set_post_terms($id, $catIds, 'category');
            if (is_wp_error($set)) {
                fail("categories of {$j['slug']}: " . $set->get_error_message());
            }
        }
        $set = wp_set_post_terms($id, [$tagId], 'post_tag');
        if (is_wp_error($set)) {
            fail("tag of {$j['slug']}: " . $set->get_error_message());
        }
        if (($i + 1) % 500 === 0) {
            $wpdb->query('COMMIT');
            $wpdb->query('START TRANSACTION');
        }
    }
    $wpdb->query('COMMIT');

    wp_suspend_cache_addition(false);
    wp_defer_term_counting(false); // counts every deferred term now
    printf("loaded %d posts, %d categories, %d tags in %.1f s\n", $count, count($categories), count($tags), microtime(true) - $started);
}

/** Site-relative path of a WordPress URL. */
function path_of(string $url): string
{
    return wp_make_link_relative($url);
}

/** The archive's first page and every further page that has posts. */
function pages(string $link, int $posts, int $perPage): array
{
    $paths = [path_of($link)];
    for ($n = 2; $n <= (int) ceil($posts / $perPage); $n++) {
        $paths[] = path_of(user_trailingslashit(trailingslashit($link) . "page/$n", 'paged'));
    }
    return $paths;
}

function urls(string $archiveFile, string $postFile): void
{
    global $wpdb;
    $perPage = max(1, (int) get_option('posts_per_page'));
    $default = (int) get_option('default_category');
    $archives = [];

    // Every tactic category (not WordPress's default "Uncategorized") and every state tag, with its pages.
    foreach (['category', 'post_tag'] as $taxonomy) {
        foreach (get_terms(['taxonomy' => $taxonomy, 'hide_empty' => true, 'orderby' => 'slug']) as $term) {
            if ($taxonomy === 'category' && (int) $term->term_id === $default) {
                continue;
            }
            array_push($archives, ...pages(get_term_link($term), (int) $term->count, $perPage));
        }
    }

    // Category + tag: posts of one tactic in one state, WordPress's nearest match to DemandAtlas's filtered list
    // (/category/web-stings/?tag=california and its pages). A read-only count of the combinations that have posts.
    $rows = $wpdb->get_results($wpdb->prepare(
        "SELECT tc.term_id AS cat, tt.term_id AS tag, COUNT(*) AS posts
           FROM {$wpdb->posts} p
           JOIN {$wpdb->term_relationships} rc ON rc.object_id = p.ID
           JOIN {$wpdb->term_taxonomy} tc ON tc.term_taxonomy_id = rc.term_taxonomy_id AND tc.taxonomy = 'category'
           JOIN {$wpdb->term_relationships} rt ON rt.object_id = p.ID
           JOIN {$wpdb->term_taxonomy} tt ON tt.term_taxonomy_id = rt.term_taxonomy_id AND tt.taxonomy = 'post_tag'
          WHERE p.post_type = 'post' AND p.post_status = 'publish' AND tc.term_id <> %d
          GROUP BY tc.term_id, tt.term_id",
        $default
    ));
    $combos = [];
    foreach ($rows as $row) {
        $cat = get_term((int) $row->cat, 'category');
        $tag = get_term((int) $row->tag, 'post_tag');
        $combos[$cat->slug . '|' . $tag->slug] = [$cat, $tag, (int) $row->posts];
    }
    ksort($combos);
    foreach ($combos as [$cat, $tag, $posts]) {
        foreach (pages(get_term_link($cat), $posts, $perPage) as $path) {
            $archives[] = $path . '?tag=' . rawurlencode($tag->slug);
        }
    }
    file_put_contents($archiveFile, implode("\n", array_unique($archives)) . "\n");

    $posts = [];
    foreach (get_posts(['post_type' => 'post', 'post_status' => 'publish', 'numberposts' => -1, 'orderby' => 'ID', 'order' => 'ASC', 'fields' => 'ids']) as $id) {
        $posts[] = path_of(get_permalink($id));
    }
    file_put_contents($postFile, implode("\n", $posts) . "\n");
}
