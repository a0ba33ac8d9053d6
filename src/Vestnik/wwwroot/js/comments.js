// Progressive enhancement of the comment block: post, reply, like and "show more" without leaving the page.
// Without this script every form posts and every link navigates, and the server answers the same things.
(() => {
    'use strict';
    const block = document.querySelector('[data-comments]');
    if (!block) return;

    const post = (form) => fetch(form.action, {
        method: 'POST',
        body: new FormData(form),
        headers: { 'X-Requested-With': 'fetch' },
        credentials: 'same-origin',
    });

    const errorOf = async (response) => {
        try { return (await response.json()).error || response.statusText; } catch { return response.statusText; }
    };

    const fragment = (html) => document.createRange().createContextualFragment(html);

    block.addEventListener('submit', async (event) => {
        const form = event.target;
        if (form.matches('[data-comment-form]')) {
            event.preventDefault();
            const error = form.querySelector('[data-form-error]');
            const button = form.querySelector('button[type=submit]');
            button.disabled = true;
            try {
                const response = await post(form);
                if (!response.ok) {
                    error.textContent = await errorOf(response);
                    return;
                }
                const item = fragment(await response.text());
                // The answer starts with the article's count after this comment: it replaces the count above the
                // thread and the one in the article's byline.
                const count = item.querySelector('[data-comment-count]');
                if (count) {
                    block.querySelector('[data-comment-count]').textContent = count.textContent;
                    const byline = document.querySelector('.byline__comments');
                    if (byline) byline.textContent = count.textContent;
                    count.remove();
                }
                const reply = form.closest('li.comment');
                let list;
                if (reply) {
                    list = reply.querySelector(':scope > .comment-list--replies');
                    if (!list) {
                        list = document.createElement('ol');
                        list.className = 'comment-list comment-list--replies';
                        reply.append(list);
                    }
                    form.closest('details').open = false;
                } else {
                    list = block.querySelector('[data-comment-list]');
                }
                const added = item.querySelector('li.comment');
                list.append(item);
                form.querySelector('textarea').value = '';
                error.textContent = '';
                added?.scrollIntoView({ block: 'nearest' });
            } catch {
                form.submit();
            } finally {
                button.disabled = false;
            }
        } else if (form.matches('[data-comment-action]')) {
            event.preventDefault();
            const response = await post(form);
            if (response.ok) {
                const result = await response.json();
                form.querySelector('[data-like-count]').textContent = result.count;
                form.querySelector('button').setAttribute('aria-pressed', result.liked ? 'true' : 'false');
            }
        }
    });

    block.addEventListener('click', async (event) => {
        const more = event.target.closest('a[data-more]');
        if (!more) return;
        event.preventDefault();
        const response = await fetch(more.dataset.more, { credentials: 'same-origin' });
        if (!response.ok) {
            window.location.href = more.href;
            return;
        }
        const html = fragment(await response.text());
        const list = block.querySelector('[data-comment-list]');
        const next = html.querySelector('[data-comment-list]');
        list.append(...next.children);
        const paragraph = more.closest('p');
        const nextMore = html.querySelector('.comments__more');
        if (nextMore) paragraph.replaceWith(nextMore); else paragraph.remove();
    });
})();
