/*
 * Tandem's own behaviour on every page (a file, not inline, for the content security policy).
 *
 * The confirmation dialog (layout.xhtml, answering every p:confirm) gives the focus to its safe
 * answer ("Non, revenir") when it opens, so that Enter or Space never confirms a destructive action
 * by accident; PrimeFaces would focus nothing (it skips buttons).
 */
(function () {
    'use strict';
    if (!window.PrimeFaces || !PrimeFaces.confirm) {
        return;
    }
    var confirm = PrimeFaces.confirm;
    PrimeFaces.confirm = function () {
        var answer = confirm.apply(this, arguments);
        var safe = document.getElementById('confirm-form:confirm-no');
        if (safe) {
            safe.focus();
        }
        return answer;
    };
})();

/*
 * The main menu (layout.xhtml). Its sections are disclosure buttons: one opens its list of entries
 * (aria-expanded) and closes the others; Escape, or a click outside the menu, closes it. The link
 * of the current page is marked aria-current="page", and its section's button is marked too. On a
 * phone the whole menu folds behind its button (tandem.css shows the button under 40rem): the button
 * opens and closes it, and Escape closes it once no section is open.
 */
(function () {
    'use strict';
    var menu = document.getElementById('main-menu');
    if (!menu) {
        return;
    }
    var toggle = document.getElementById('menu-toggle');
    var sections = Array.prototype.slice.call(menu.querySelectorAll('.menu-section-button'));

    function expand(button, open) {
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    function openSection() {
        return sections.filter(function (button) {
            return button.getAttribute('aria-expanded') === 'true';
        })[0];
    }
    function fold(open) {
        menu.classList.toggle('open', open);
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    }

    sections.forEach(function (button) {
        button.addEventListener('click', function () {
            var open = button.getAttribute('aria-expanded') !== 'true';
            sections.forEach(function (other) {
                expand(other, false);
            });
            expand(button, open);
        });
    });
    if (toggle) {
        toggle.addEventListener('click', function () {
            fold(toggle.getAttribute('aria-expanded') !== 'true');
        });
    }
    menu.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') {
            return;
        }
        var section = openSection();
        if (section) {
            expand(section, false);
            section.focus();
        } else if (toggle && menu.classList.contains('open')) {
            fold(false);
            toggle.focus();
        }
    });
    document.addEventListener('click', function (event) {
        var section = openSection();
        if (section && !menu.contains(event.target)) {
            expand(section, false);
        }
    });

    menu.querySelectorAll('a[href]').forEach(function (link) {
        if (link.pathname === window.location.pathname) {
            link.setAttribute('aria-current', 'page');
            var section = link.closest('.menu-section');
            if (section) {
                section.querySelector('.menu-section-button').classList.add('menu-current');
            }
        }
    });
    menu.classList.add('menu-ready');
})();

/*
 * Weeks start on Monday in English too (en-GB, as in France): PrimeFaces' English locale starts them
 * on Sunday. Runs before the date pickers are built (PrimeFaces builds its widgets once the page is
 * ready).
 */
(function () {
    'use strict';
    if (!window.PrimeFaces || !PrimeFaces.locales) {
        return;
    }
    ['en', 'en_US'].forEach(function (name) {
        if (PrimeFaces.locales[name]) {
            PrimeFaces.locales[name].firstDayOfWeek = 1;
        }
    });
})();

/*
 * Chips of a multiple choice (p:autoComplete multiple="true"): PrimeFaces draws the chosen items and
 * the text field as <li>s of a <ul role="listbox"> without options nor name, which assistive
 * technologies cannot read (axe: aria-required-children, aria-input-field-name, listitem). They are
 * a plain list of the chosen items followed by the field: the list role is given back, on the page
 * and on whatever an Ajax update draws later. Likewise the page's messages: PrimeFaces makes each
 * <li> an alert, which is then no item of its list (axe: list); the alert goes to the message's box.
 */
(function () {
    'use strict';
    /** Calls fn on root itself, if it matches the selector, and on each element under it that does. */
    function each(root, selector, fn) {
        if (root.matches && root.matches(selector)) {
            fn(root);
        }
        root.querySelectorAll(selector).forEach(fn);
    }
    function plainLists(root) {
        if (!root.querySelectorAll) {
            return;
        }
        each(root, 'ul.ui-autocomplete-multiple-container[role="listbox"]', function (list) {
            list.removeAttribute('role');
            list.removeAttribute('aria-orientation');
        });
        // each chosen item (a chip) is an item of that list, not an option of a listbox
        each(root, 'ul.ui-autocomplete-multiple-container > li[role]', function (item) {
            item.removeAttribute('role');
            item.removeAttribute('aria-selected');
        });
        // a message is an item of its list; its box, not the item, is what is announced (role="alert")
        each(root, '.ui-messages ul > li[role]', function (item) {
            item.parentElement.parentElement.setAttribute('role', item.getAttribute('role'));
            item.removeAttribute('role');
            item.removeAttribute('aria-atomic');
        });
    }
    plainLists(document);
    new MutationObserver(function (changes) {
        changes.forEach(function (change) {
            change.addedNodes.forEach(plainLists);
        });
    }).observe(document.body, {childList: true, subtree: true});
})();
