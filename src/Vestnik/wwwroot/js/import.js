// The import page: sends the upload with its own progress bar, then follows the run's progress until its report is in.
// Without this script the form posts as usual and the page's "Refresh" link shows the progress.
(() => {
    'use strict';

    const bindForm = (form) => {
        if (!form || !window.FormData) return;
        form.addEventListener('submit', (event) => {
            const file = form.querySelector('input[type=file]').files[0];
            if (!file) return;
            event.preventDefault();
            if (file.size > Number(form.dataset.maxBytes)) {
                showError(form, form.dataset.tooLarge);
                return;
            }
            const box = document.getElementById('import-upload');
            const bar = document.getElementById('import-upload-progress');
            const button = form.querySelector('button[type=submit]');
            box.hidden = false;
            button.disabled = true;
            const request = new XMLHttpRequest();
            request.open('POST', form.action || location.href);
            request.upload.addEventListener('progress', (progress) => {
                if (progress.lengthComputable) {
                    bar.max = progress.total;
                    bar.value = progress.loaded;
                }
            });
            request.addEventListener('load', () => {
                if (request.status < 400) {
                    // The server redirected to the queued run's page.
                    location.assign(request.responseURL);
                    return;
                }
                // A refused upload: the answered page's form carries the message and a fresh token.
                const answered = new DOMParser().parseFromString(request.responseText, 'text/html').getElementById('import-form');
                if (answered) {
                    form.replaceWith(answered);
                    bindForm(answered);
                } else {
                    showError(form, form.dataset.failed);
                    box.hidden = true;
                    button.disabled = false;
                }
            });
            request.addEventListener('error', () => {
                showError(form, form.dataset.failed);
                box.hidden = true;
                button.disabled = false;
            });
            request.send(new FormData(form));
        });
    };

    const showError = (form, message) => {
        let error = form.querySelector('#import-error');
        if (!error) {
            error = document.createElement('p');
            error.id = 'import-error';
            error.className = 'nr-error';
            error.setAttribute('role', 'alert');
            form.prepend(error);
        }
        error.textContent = message;
    };

    // Replaces the run's section and the history with the server's current rendering of the run's page.
    const showReport = async (run) => {
        const response = await fetch(run.dataset.runUrl, { credentials: 'same-origin' });
        if (!response.ok) return;
        const page = new DOMParser().parseFromString(await response.text(), 'text/html');
        for (const id of ['import-current', 'import-history']) {
            const fresh = page.getElementById(id);
            const shown = document.getElementById(id);
            if (fresh && shown) shown.replaceWith(fresh);
        }
    };

    const follow = (run) => {
        const bar = document.getElementById('import-progress');
        const text = document.getElementById('import-progress-text');
        const poll = async () => {
            try {
                const response = await fetch(run.dataset.statusUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
                if (response.ok) {
                    const status = await response.json();
                    bar.max = status.max;
                    bar.value = status.value;
                    text.textContent = status.text;
                    if (status.over) {
                        await showReport(run);
                        return;
                    }
                }
            } catch {
                // A dropped poll is retried at the next tick.
            }
            setTimeout(poll, 1000);
        };
        setTimeout(poll, 1000);
    };

    bindForm(document.getElementById('import-form'));
    const run = document.getElementById('import-run');
    if (run && run.dataset.over !== 'true') follow(run);
})();
