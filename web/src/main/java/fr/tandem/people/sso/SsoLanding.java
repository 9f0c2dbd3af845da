package fr.tandem.people.sso;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The end of a single sign-on that went through: the authentication mechanism has logged the person
 * in (every refusal it answers itself, by sending the browser to the login page) and named where to
 * go next; this sends the browser there.
 */
@WebServlet(SsoLogins.CALLBACK_PATH)
public class SsoLanding extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Request attribute naming the page to land on, relative to the application. */
    public static final String TARGET = "tandem.sso.target";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object target = request.getAttribute(TARGET);
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + (target instanceof String page ? page : "/login.xhtml"));
    }
}
