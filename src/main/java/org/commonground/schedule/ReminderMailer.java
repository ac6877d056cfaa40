package org.commonground.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a reminder by Spring Mail when a mail server is configured ({@code spring.mail.host}); without
 * one — the embedded run — it writes the message to the log instead.
 */
@Component
class ReminderMailer {

    private static final Logger log = LoggerFactory.getLogger(ReminderMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    ReminderMailer(ObjectProvider<JavaMailSender> sender, ReminderProperties properties) {
        this.sender = sender;
        this.from = properties.from();
    }

    void send(String to, String subject, String text) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info(
                    "Reminder (no mail server configured, so logged instead of sent) to {}: {}\n{}", to, subject, text);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        mail.send(message);
    }
}
