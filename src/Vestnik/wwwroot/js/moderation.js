// Keyboard shortcuts of the moderation queue: j/k move, x selects, a/r/s act on the selection or the current row.
(() => {
    'use strict';
    const form = document.getElementById('moderation-form');
    if (!form) return;
    const rows = [...form.querySelectorAll('[data-comment-row]')];
    let current = 0;
    const show = () => rows.forEach((row, i) => row.classList.toggle('is-current', i === current));
    show();
    document.addEventListener('keydown', (event) => {
        if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest('input, textarea, select')) return;
        const row = rows[current];
        switch (event.key) {
            case 'j': current = Math.min(current + 1, rows.length - 1); show(); rows[current].scrollIntoView({ block: 'nearest' }); break;
            case 'k': current = Math.max(current - 1, 0); show(); rows[current].scrollIntoView({ block: 'nearest' }); break;
            case 'x': { const box = row.querySelector('input[type=checkbox]'); box.checked = !box.checked; break; }
            case 'a': case 'r': case 's': {
                if (!form.querySelector('input[name=ids]:checked')) row.querySelector('input[type=checkbox]').checked = true;
                form.querySelector(`button[data-key="${event.key}"]`).click();
                break;
            }
            default: return;
        }
        event.preventDefault();
    });
})();
