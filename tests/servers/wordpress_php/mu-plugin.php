<?php
// Loaded by the test WordPress before its pluggable functions: the machine has no mail
// transport, and WordPress mails the moderator about every held comment.
function wp_mail($to, $subject, $message, $headers = '', $attachments = array()) {
    return true;
}
