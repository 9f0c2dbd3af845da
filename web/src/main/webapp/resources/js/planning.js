/*
 * The planning page (training/planning.xhtml): the extender of its p:schedule (a file, not inline,
 * for the content security policy).
 *
 * Weeks start on Monday in every language, a line marks "now" (in Paris: the calendar's zone is
 * Europe/Paris), and a narrow screen (under 40rem) opens on the list of the month, which never
 * scrolls sideways. Sessions take the focus (Tab) and open with Enter or Space. After the session dialog closes, the focus goes back to the event that opened it.
 */
(function () {
    'use strict';
    var opener = null;

    function tandemPlanning() {
        var options = this.cfg.options;
        options.firstDay = 1;
        options.nowIndicator = true;
        if (window.matchMedia && window.matchMedia('(max-width: 40rem)').matches) {
            options.initialView = 'listMonth';
            options.aspectRatio = 0.6;
        }
        // each session is reached with Tab and opened with Enter or Space, as with a click
        var mounted = options.eventDidMount;
        options.eventDidMount = function (info) {
            info.el.setAttribute('tabindex', '0');
            info.el.setAttribute('role', 'button');
            info.el.addEventListener('keydown', function (event) {
                if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    info.el.click();
                }
            });
            if (mounted) {
                return mounted.apply(this, arguments);
            }
        };
        var click = options.eventClick;
        options.eventClick = function (info) {
            opener = info.el;
            return click.apply(this, arguments);
        };
    }

    tandemPlanning.refocus = function () {
        if (opener && document.body.contains(opener)) {
            opener.focus();
        }
        opener = null;
    };

    window.tandemPlanning = tandemPlanning;
})();
