// Share bar progressive enhancement: "copy link" where the Clipboard API exists, and the system share sheet where
// navigator.share exists. Without this script the network links still work on their own.
(function () {
    'use strict';
    function enhance(bar) {
        var url = bar.getAttribute('data-share-url');
        var title = bar.getAttribute('data-share-title');
        var status = bar.querySelector('.share-bar__status');
        var copy = bar.querySelector('[data-share-action="copy"]');
        var native = bar.querySelector('[data-share-action="native"]');
        if (copy && navigator.clipboard && window.isSecureContext) {
            copy.hidden = false;
            copy.querySelector('button').addEventListener('click', function () {
                navigator.clipboard.writeText(url).then(function () {
                    status.textContent = status.getAttribute('data-copied');
                });
            });
        }
        if (native && typeof navigator.share === 'function') {
            native.hidden = false;
            native.querySelector('button').addEventListener('click', function () {
                navigator.share({ title: title, url: url }).catch(function () { /* the reader closed the sheet */ });
            });
        }
    }
    function start() {
        document.querySelectorAll('.share-bar[data-share-url]').forEach(enhance);
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
