<?php
// What the tests do to the test WordPress from outside its web interface: one operation per
// run, read as JSON ({"op": NAME, "args": {...}}) from stdin, its result written as JSON to
// stdout. It loads WordPress as every request does (the run's wp-config.php through
// SOCIALINBOX_WP_SITE) and uses WordPress's own functions, so what it stores is what
// WordPress itself would store. Called by tests/servers/wordpress_server.py only.

$request = json_decode(stream_get_contents(STDIN), true);
$site_url = getenv('SOCIALINBOX_WP_URL');
$_SERVER['HTTP_HOST'] = parse_url($site_url, PHP_URL_HOST) . ':' . parse_url($site_url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = parse_url($site_url, PHP_URL_HOST);
$_SERVER['SERVER_PORT'] = parse_url($site_url, PHP_URL_PORT);
define('ABSPATH', getenv('SOCIALINBOX_WP_SITE') . '/');

if ($request['op'] === 'install') {
    define('WP_INSTALLING', true);
}
// The tests' own changes go on while the site shows visitors its maintenance page (the
// filter WordPress provides for runtimes other than the web).
$wp_filter = array(
    'enable_maintenance_mode' => array(10 => array(array(
        'function' => function () { return false; },
        'accepted_args' => 1,
    ))),
);
require ABSPATH . 'wp-load.php';

/** The tables a reset restores, as they were right after the install. */
function harness_tables() {
    global $wpdb;
    return array(
        $wpdb->comments, $wpdb->commentmeta, $wpdb->posts, $wpdb->postmeta, $wpdb->users,
        $wpdb->usermeta, $wpdb->options, $wpdb->terms, $wpdb->termmeta,
        $wpdb->term_taxonomy, $wpdb->term_relationships, $wpdb->links,
    );
}

/** A WP_Error (or false) is a failed operation: its message goes to stderr, exit status 1. */
function harness_check($result, $what) {
    if (is_wp_error($result)) {
        fwrite(STDERR, "$what: " . $result->get_error_code() . ': ' . $result->get_error_message() . "\n");
        exit(1);
    }
    if ($result === false || $result === 0 || $result === null) {
        fwrite(STDERR, "$what failed\n");
        exit(1);
    }
    return $result;
}

function harness_user($user) {
    return array(
        'id' => $user->ID,
        'login' => $user->user_login,
        'email' => $user->user_email,
        'display_name' => $user->display_name,
        'roles' => array_values($user->roles),
    );
}

function harness_comment_row($row) {
    return array(
        'id' => (int) $row->comment_ID,
        'post_id' => (int) $row->comment_post_ID,
        'parent' => (int) $row->comment_parent,
        'user_id' => (int) $row->user_id,
        'author_name' => $row->comment_author,
        'author_email' => $row->comment_author_email,
        'author_url' => $row->comment_author_url,
        'content' => $row->comment_content,
        'approved' => $row->comment_approved,
        'type' => $row->comment_type,
        'date_gmt' => $row->comment_date_gmt,
        'date' => $row->comment_date,
        'agent' => $row->comment_agent,
    );
}

/** '1', '0', 'spam', 'trash' as the REST API names them. */
function harness_db_status($status) {
    $known = array('approved' => '1', 'hold' => '0', 'spam' => 'spam', 'trash' => 'trash');
    if (!isset($known[$status])) {
        fwrite(STDERR, "unknown comment status: $status\n");
        exit(1);
    }
    return $known[$status];
}

$args = isset($request['args']) ? $request['args'] : array();
$result = null;

switch ($request['op']) {
    case 'install':
        global $wpdb;
        require_once ABSPATH . 'wp-admin/includes/upgrade.php';
        $installed = wp_install($args['title'], $args['admin_login'], $args['admin_email'], true, '', wp_slash($args['admin_password']));
        update_option('siteurl', $site_url);
        update_option('home', $site_url);
        update_option('timezone_string', $args['timezone']);
        update_option('gmt_offset', '');
        update_option('permalink_structure', $args['pretty_permalinks'] ? '/%postname%/' : '');
        delete_option('rewrite_rules');
        // WordPress's defaults: a visitor's comment waits unless its author has one approved.
        update_option('comment_moderation', '0');
        update_option('comment_previously_approved', '1');
        // The sample post and comment would be in every test's results.
        wp_delete_post(1, true);
        wp_delete_post(2, true);
        wp_delete_post(3, true);
        foreach (harness_tables() as $table) {
            $wpdb->query("CREATE TABLE `snapshot_$table` LIKE `$table`");
            $wpdb->query("INSERT INTO `snapshot_$table` SELECT * FROM `$table`");
        }
        $result = array('admin_id' => $installed['user_id']);
        break;

    case 'reset':
        // Back to the state right after the install; AUTO_INCREMENT counters go on, so no id is
        // used twice in a session (DELETE, not TRUNCATE).
        global $wpdb;
        foreach (harness_tables() as $table) {
            $wpdb->query("DELETE FROM `$table`");
            $wpdb->query("INSERT INTO `$table` SELECT * FROM `snapshot_$table`");
        }
        $result = true;
        break;

    case 'set_option':
        update_option($args['name'], $args['value']);
        if ($args['name'] === 'permalink_structure') {
            delete_option('rewrite_rules');
        }
        $result = get_option($args['name']);
        break;

    case 'add_user':
        $id = harness_check(wp_insert_user(array(
            'user_login' => $args['login'],
            'user_pass' => $args['password'],
            'user_email' => $args['email'],
            'display_name' => $args['display_name'],
            'nickname' => $args['display_name'],
            'role' => $args['role'],
        )), 'add_user');
        $result = harness_user(get_userdata($id));
        break;

    case 'create_application_password':
        $created = harness_check(WP_Application_Passwords::create_new_application_password(
            $args['user_id'], array('name' => $args['name'])
        ), 'create_application_password');
        $result = array(
            'password' => WP_Application_Passwords::chunk_password($created[0]),
            'uuid' => $created[1]['uuid'],
        );
        break;

    case 'revoke_application_passwords':
        if (isset($args['uuid'])) {
            harness_check(WP_Application_Passwords::delete_application_password($args['user_id'], $args['uuid']), 'revoke');
        } else {
            WP_Application_Passwords::delete_all_application_passwords($args['user_id']);
        }
        $result = true;
        break;

    case 'application_passwords':
        $result = array_map(
            function ($item) {
                return array('uuid' => $item['uuid'], 'name' => $item['name'], 'last_used' => $item['last_used']);
            },
            WP_Application_Passwords::get_user_application_passwords($args['user_id'])
        );
        break;

    case 'add_post':
        $post = array(
            'post_title' => $args['title'],
            'post_content' => $args['content'],
            'post_status' => $args['status'],
            'post_author' => $args['author_id'],
            'post_type' => $args['type'],
            'comment_status' => $args['comments_open'] ? 'open' : 'closed',
        );
        if (isset($args['date_gmt'])) {
            $post['post_date_gmt'] = $args['date_gmt'];
            $post['post_date'] = get_date_from_gmt($args['date_gmt']);
        }
        $id = harness_check(wp_insert_post(wp_slash($post), true), 'add_post');
        $result = array('id' => $id, 'link' => get_permalink($id));
        break;

    case 'add_comment':
        $comment = array(
            'comment_post_ID' => $args['post_id'],
            'comment_content' => $args['content'],
            'comment_parent' => $args['parent'],
            'comment_approved' => harness_db_status($args['status']),
            'comment_author_IP' => '127.0.0.1',
            'comment_agent' => $args['agent'],
            'comment_type' => 'comment',
            'user_id' => $args['user_id'],
        );
        if ($args['user_id']) {
            $user = get_userdata($args['user_id']);
            $comment['comment_author'] = $user->display_name;
            $comment['comment_author_email'] = $user->user_email;
            $comment['comment_author_url'] = $user->user_url;
        } else {
            $comment['comment_author'] = $args['author_name'];
            $comment['comment_author_email'] = $args['author_email'];
            $comment['comment_author_url'] = $args['author_url'];
        }
        if (isset($args['date_gmt'])) {
            $comment['comment_date_gmt'] = $args['date_gmt'];
            $comment['comment_date'] = get_date_from_gmt($args['date_gmt']);
        }
        if (!$args['raw']) {
            // What wp_new_comment() does to what a visitor types (kses for visitors' HTML,
            // trimmed author fields), without its flood and duplicate checks.
            if ($args['user_id']) {
                wp_set_current_user($args['user_id']);
            }
            $comment = wp_filter_comment($comment);
        }
        $result = array('id' => harness_check(wp_insert_comment(wp_slash($comment)), 'add_comment'));
        break;

    case 'set_comment_status':
        $names = array('approved' => 'approve', 'hold' => 'hold', 'spam' => 'spam', 'trash' => 'trash');
        harness_check(wp_set_comment_status($args['id'], $names[$args['status']], true), 'set_comment_status');
        $result = true;
        break;

    case 'edit_comment':
        harness_check(wp_update_comment(wp_slash(array(
            'comment_ID' => $args['id'],
            'comment_content' => $args['content'],
        )), true), 'edit_comment');
        $result = true;
        break;

    case 'delete_comment':
        harness_check(wp_delete_comment($args['id'], true), 'delete_comment');
        $result = true;
        break;

    case 'comments':
        global $wpdb;
        $where = isset($args['post_id']) ? $wpdb->prepare('WHERE comment_post_ID = %d', $args['post_id']) : '';
        $rows = $wpdb->get_results("SELECT * FROM $wpdb->comments $where ORDER BY comment_ID");
        $result = array_map('harness_comment_row', $rows);
        break;

    default:
        fwrite(STDERR, 'unknown operation: ' . $request['op'] . "\n");
        exit(1);
}

echo json_encode($result);
