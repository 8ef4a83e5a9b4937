<?php
// The router of PHP's built-in web server for the test WordPress: what Apache's
// mod_rewrite rules in Debian's /etc/wordpress/htaccess do. Static files are served as
// they are (return false); a PHP file runs; every other path goes to WordPress's
// index.php, so pretty permalinks (and /wp-json/) work.
//
// ABSPATH is the run's own site folder (its wp-config.php beside links into
// /usr/share/wordpress), defined before WordPress's wp-load.php runs: WordPress then
// never reads Debian's wp-config.php, which wants its configuration in /etc/wordpress.
define('ABSPATH', getenv('SOCIALINBOX_WP_SITE') . '/');

$script = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$file = $_SERVER['DOCUMENT_ROOT'] . $script;
if (is_dir($file)) {
    $script = rtrim($script, '/') . '/index.php';
    $file = $_SERVER['DOCUMENT_ROOT'] . $script;
}
if (is_file($file) && substr($file, -4) !== '.php') {
    return false;
}
if (!is_file($file)) {
    $script = '/index.php';
    $file = $_SERVER['DOCUMENT_ROOT'] . $script;
}
$_SERVER['SCRIPT_NAME'] = $script;
$_SERVER['PHP_SELF'] = $script;
$_SERVER['SCRIPT_FILENAME'] = $file;
chdir(dirname($file));
require $file;
