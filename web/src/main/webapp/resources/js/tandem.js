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
