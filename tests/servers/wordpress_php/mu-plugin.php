<?php
// Loaded by the test WordPress before anything else of its own (a must-use plugin).

// The machine has no mail transport, and WordPress mails the moderator about every held
// comment: mails go nowhere.
function wp_mail($to, $subject, $message, $headers = '', $attachments = array()) {
    return true;
}

// Every visitor of the test site comes from 127.0.0.1; a real site sees each visitor's own
// address, so WordPress's flood check (one comment per address every 15 s) stays off.
remove_action('check_comment_flood', 'check_comment_flood_db', 10);

// Failures a test asks for (WordPressServer.fail_next_rest): the next matching REST requests
// are answered with a WordPress error instead of being dispatched, as when a plugin or the
// host fails. The file holds a list of {route, method, status, code, message, times}.
add_filter('rest_pre_dispatch', function ($result, $server, $request) {
    $file = WP_CONTENT_DIR . '/socialinbox-failures.json';
    if ($result !== null || !file_exists($file)) {
        return $result;
    }
    $failures = json_decode(file_get_contents($file), true);
    foreach ($failures as $index => $failure) {
        $route_matches = strpos($request->get_route(), $failure['route']) === 0;
        $method_matches = $failure['method'] === null || $failure['method'] === $request->get_method();
        if ($failure['times'] > 0 && $route_matches && $method_matches) {
            $failures[$index]['times'] -= 1;
            file_put_contents($file, json_encode($failures));
            return new WP_Error($failure['code'], $failure['message'], array('status' => $failure['status']));
        }
    }
    return $result;
}, 10, 3);
