/** The web module: the admin UI ({@code ui}), the JSON API ({@code api}) and how both authenticate ({@code security}). */
package org.eventdesk.web;
