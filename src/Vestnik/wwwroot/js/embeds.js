// Embedded posts and videos: the page carries only a card naming the provider and linking to the original, so nothing
// of the provider loads and no tracker runs until the reader asks. This script adds the card's "Load" button, which
// puts the provider's player in its place. Without it the card's link still opens the original.
(function () {
    'use strict';
    function enhance(card, words) {
        var frameUrl = card.getAttribute('data-embed-frame');
        var provider = card.querySelector('.embed__provider');
        if (!frameUrl || frameUrl.indexOf('https://') !== 0 || !provider) {
            return;
        }
        var name = provider.textContent.trim();
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'embed__load';
        button.textContent = words.getAttribute('data-embed-load');
        button.title = words.getAttribute('data-embed-hint').replace('{0}', name);
        button.addEventListener('click', function () {
            var frame = document.createElement('iframe');
            frame.className = 'embed__frame';
            frame.src = frameUrl;
            frame.title = name;
            frame.allow = 'fullscreen; encrypted-media; picture-in-picture';
            frame.referrerPolicy = 'strict-origin-when-cross-origin';
            // The player may run its scripts and open the original in a new tab, never steer our page.
            frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation');
            card.classList.add('embed--loaded');
            button.replaceWith(frame);
            frame.focus();
        });
        provider.after(button);
    }
    function start() {
        document.querySelectorAll('[data-embed-load]').forEach(function (words) {
            words.querySelectorAll('.embed[data-embed-frame]').forEach(function (card) {
                enhance(card, words);
            });
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
